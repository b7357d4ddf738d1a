/**
 * Notifications (уведомления, оповещения): event types that plugins declare with the fields their templates may use,
 * channels as services (e-mail, SMS, in-app; more through {@link io.pitstop.notifications.api.NotificationChannel}),
 * templates per event type, channel and language, rules that say when and to whom, consent per contact and channel,
 * and the journal of every message. A plugin raises its events through {@link io.pitstop.notifications.api.Notifications}.
 */
@Export
@Version("1.0.0")
package io.pitstop.notifications.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
