/** Time as every rule sees it: the clock tests can move, and the business calendar of working days. */
@Version("1.1.0")
package io.pitstop.core.api.time;

import org.osgi.annotation.versioning.Version;
