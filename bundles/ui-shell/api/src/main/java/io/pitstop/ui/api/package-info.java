/**
 * Extension SPI of the staff web UI. A bundle contributes views, contact
 * tabs, account tabs and dashboard cards by registering these interfaces as
 * OSGi services; the UI shell shows them while the services are registered
 * and removes them, without a restart, when they go.
 */
@Export
@Version("3.0.0")
package io.pitstop.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
