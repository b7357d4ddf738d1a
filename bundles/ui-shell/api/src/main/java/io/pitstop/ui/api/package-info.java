/**
 * Extension SPI of the staff web UI. A bundle contributes views, card tabs
 * and actions for any record type, search providers, dashboard counters and
 * dashboard cards by registering these interfaces as OSGi services; the UI
 * shell shows them while the services are registered and removes them,
 * without a restart, when they go.
 */
@Export
@Version("3.2.0")
package io.pitstop.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
