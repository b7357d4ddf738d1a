package io.pitstop.notifications.ui;

import io.pitstop.core.api.Actor;
import io.pitstop.notifications.api.MessageStatus;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.kit.StatusBadge;
import java.util.Set;

/** Texts, routes and roles of the notification views. */
final class NotificationsUi {
    static final Texts TEXTS = Texts.of(NotificationsUi.class, "io.pitstop.notifications.ui.messages");
    static final String TEMPLATES = "notifications/templates";
    static final String JOURNAL = "notifications/journal";
    /** Administrators keep templates and rules. */
    static final Set<String> EDIT = Set.of(Actor.ADMIN);
    /** Managers and support read the journal; administrators and managers send again. */
    static final Set<String> READ = Set.of(Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT);
    static final Set<String> RESEND = Set.of(Actor.ADMIN, Actor.MANAGER);

    private NotificationsUi() {
    }

    static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    static StatusBadge.Tone tone(MessageStatus status) {
        return switch (status) {
            case SENT, DELIVERED, OPENED, CLICKED -> StatusBadge.Tone.SUCCESS;
            case QUEUED, SENDING -> StatusBadge.Tone.INFO;
            case FAILED, BLOCKED -> StatusBadge.Tone.ERROR;
            case EXPIRED -> StatusBadge.Tone.NEUTRAL;
        };
    }
}
