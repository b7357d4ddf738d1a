package io.pitstop.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.staff.StaffMember;
import io.pitstop.ui.api.Ui;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.http.Cookie;

/**
 * RU / EN buttons ({@code lang-ru}, {@code lang-en}). The choice is kept in
 * the session and the page reloads, so that every view, label, number and
 * date is drawn again in the new language. It is also kept in a year-long
 * cookie, so the next session (after logout, or tomorrow) starts in it,
 * the login page included; the staff record's language is the start for
 * a browser that never chose.
 */
public class LanguageSwitch extends HorizontalLayout {
    private static final long serialVersionUID = 1L;
    /** The cookie that remembers the language in this browser. */
    public static final String COOKIE = "pitstop-lang";
    private static final int YEAR = 365 * 24 * 3600;

    public LanguageSwitch() {
        setSpacing(false);
        setId("lang-switch");
        Locale current = Ui.locale();
        for (Locale locale : Ui.LOCALES) {
            Button b = new Button(locale.getLanguage().toUpperCase(Locale.ROOT), e -> choose(locale));
            b.setId("lang-" + locale.getLanguage());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    locale.equals(current) ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            b.getElement().setAttribute("aria-pressed", Boolean.toString(locale.equals(current)));
            b.getElement().setAttribute("aria-label", ShellTexts.TEXTS.get(locale, "lang.name"));
            b.getElement().setAttribute("lang", locale.getLanguage());
            add(b);
        }
    }

    private static void choose(Locale locale) {
        use(VaadinSession.getCurrent(), locale);
        remember(locale);
        UI.getCurrent().getPage().reload();
    }

    private static void use(VaadinSession session, Locale locale) {
        session.setAttribute(Locale.class, locale);
        session.setLocale(locale);
    }

    /** Writes the cookie into the response of the request being handled (a UI request is a plain HTTP request). */
    private static void remember(Locale locale) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        VaadinRequest request = VaadinService.getCurrentRequest();
        String path = request == null ? "" : request.getContextPath();
        cookie.setPath(path.isEmpty() ? "/" : path);
        cookie.setMaxAge(YEAR);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    /** The language this browser chose last, if any; only the languages the UI speaks. */
    static Optional<Locale> remembered(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return Ui.LOCALES.stream().filter(l -> l.getLanguage().equals(c.getValue())).findFirst();
            }
        }
        return Optional.empty();
    }

    /** A new session starts in the language this browser chose last. */
    static void restore(VaadinSession session, VaadinRequest request) {
        remembered(request).ifPresent(locale -> use(session, locale));
    }

    /**
     * After login: the language this browser chose last (the cookie, set by
     * either switch), so a choice survives logout and login; a browser that
     * never chose starts in the language of the user's staff record.
     */
    static void afterLogin(ShellContext shell, Actor actor) {
        if (remembered(VaadinRequest.getCurrent()).isPresent()) {
            return;
        }
        Optional<Locale> recorded = shell.staff().flatMap(s -> s.member(actor.name()))
                .map(StaffMember::language).map(Ui::supported);
        recorded.ifPresent(locale -> {
            use(VaadinSession.getCurrent(), locale);
            remember(locale);
        });
    }

    /**
     * Sets the page's {@code lang} attribute to the user's language, so that
     * screen readers pronounce it right and the browser does not offer to
     * translate Russian as English.
     */
    static void markPage(UI ui, Locale locale) {
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
