/**
 * Shared kernel of Pitstop: money, identifiers, errors, paging, audit and
 * domain events. Every domain and plugin bundle builds on these types.
 */
@Export
@Version("1.6.0")
package io.pitstop.core.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
