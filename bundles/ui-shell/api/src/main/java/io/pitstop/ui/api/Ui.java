package io.pitstop.ui.api;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinSession;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.Translations;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The logged-in staff member and their preferences, read from the current
 * Vaadin session; the shell puts them there at login and when the user
 * switches language. Views call these helpers instead of touching session
 * attributes themselves.
 */
public final class Ui {
    /** Russian, the default language. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** English. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The languages the UI speaks, default first. */
    public static final List<Locale> LOCALES = List.of(RUSSIAN, ENGLISH);
    /** Dates and times are shown in this zone to a user whose staff record names none. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

    private Ui() {
    }

    /** The logged-in user, or null outside a logged-in session. */
    public static Actor actor() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getAttribute(Actor.class);
    }

    /** Whether the logged-in user holds one of the roles. */
    public static boolean hasAnyRole(String... roles) {
        Actor actor = actor();
        return actor != null && actor.hasAnyRole(roles);
    }

    /** The current user's language; Russian when nothing was chosen. */
    public static Locale locale() {
        VaadinSession session = VaadinSession.getCurrent();
        Locale locale = session == null ? null : session.getAttribute(Locale.class);
        return locale == null ? RUSSIAN : supported(locale);
    }

    /** The nearest language the UI speaks. */
    public static Locale supported(Locale wanted) {
        for (Locale l : LOCALES) {
            if (l.getLanguage().equals(wanted.getLanguage())) {
                return l;
            }
        }
        return RUSSIAN;
    }

    /**
     * A service's message (a field error, a refusal) in the current user's
     * language, from the installed catalogues ({@link Translations}, which the
     * shell puts into each session); as sent outside a session or when no
     * catalogue knows it.
     */
    public static String translate(String message) {
        VaadinSession session = VaadinSession.getCurrent();
        Translations translations = session == null ? null : session.getAttribute(Translations.class);
        return translations == null ? message : translations.translate(locale(), message);
    }

    /** What a refusal says, in the current user's language: each field error with its field, or the message. */
    public static String message(PitstopException problem) {
        // a form without fields places nothing: what it leaves over is exactly that
        return String.join("; ", new FieldProblems().show(problem));
    }

    /**
     * The current user's time zone: the one of their staff record, which the
     * shell puts into the session at login ({@link #useZone}); Moscow time
     * without one. A member in Yekaterinburg reads a posting made at 17:00 UTC
     * as 22:00, in every view and export alike.
     */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        return zoneOf(session == null ? null : session.getAttribute(ZoneId.class));
    }

    /** The zone a session holds, else the default one. */
    static ZoneId zoneOf(ZoneId held) {
        return held == null ? DEFAULT_ZONE : held;
    }

    /** Makes the session show times in this zone (null: the default zone). */
    public static void useZone(VaadinSession session, ZoneId zone) {
        session.setAttribute(ZoneId.class, zone);
    }

    /** Number, money and date formats of the current user's language and time zone. */
    public static Formats formats() {
        return Formats.of(locale(), zone());
    }

    /**
     * Shows a short notice. Its text carries the CSS class {@code pitstop-notice}
     * and {@code data-key} set to {@code key}, so that tests can find it
     * whatever the language.
     */
    public static Notification notice(String key, String text) {
        return show(key, text, NotificationVariant.LUMO_SUCCESS, 4000);
    }

    /** Like {@link #notice} for a failure; stays until closed or for ten seconds. */
    public static Notification problem(String key, String text) {
        return show(key, text, NotificationVariant.LUMO_ERROR, 10000);
    }

    private static Notification show(String key, String text, NotificationVariant variant, int millis) {
        Span content = new Span(text);
        content.addClassName("pitstop-notice");
        content.getElement().setAttribute("data-key", key);
        Notification notification = new Notification(content);
        notification.addThemeVariants(variant);
        notification.setDuration(millis);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.open();
        return notification;
    }
}
