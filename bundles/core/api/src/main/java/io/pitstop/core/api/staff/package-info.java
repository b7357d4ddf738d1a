/** Who works here: staff members, their groups, roles and presence. */
@Version("1.2.0")
package io.pitstop.core.api.staff;

import org.osgi.annotation.versioning.Version;
