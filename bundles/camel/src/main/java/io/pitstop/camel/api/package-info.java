/**
 * The {@code pitstop:} component's extension point: a bundle registers a {@link io.pitstop.camel.api.PitstopOperation}
 * service and routes call it as {@code pitstop:<name>}, with the route identity's roles checked first.
 */
@Export
@Version("1.0.0")
package io.pitstop.camel.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
