/**
 * What a Pitstop REST resource needs from the shared REST layer: the
 * extension filter to select, the caller as an {@link io.pitstop.core.api.Actor},
 * the problem media type, and {@link io.pitstop.core.rest.Params} and {@link io.pitstop.core.rest.FreeText}: the
 * input rules for parameters and body text, and {@link io.pitstop.core.rest.CsvRows} for CSV answers.
 */
@Export
@Version("1.2.0")
package io.pitstop.core.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
