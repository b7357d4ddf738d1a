/**
 * What a Pitstop REST resource needs from the shared REST layer: the
 * extension filter to select, the caller as an {@link io.pitstop.core.api.Actor},
 * and the problem media type.
 */
@Export
@Version("1.1.0")
package io.pitstop.core.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
