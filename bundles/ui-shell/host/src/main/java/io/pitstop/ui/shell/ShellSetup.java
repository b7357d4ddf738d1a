package io.pitstop.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.WrappedSession;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.Translations;
import io.pitstop.ui.api.Ui;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Session-wide behaviour of the staff UI: the access check before every
 * navigation, localised system messages (an expired session goes back to
 * the login page, a lost connection shows a reconnect notice), and an error
 * handler that shows a problem's message but never a stack trace.
 */
public final class ShellSetup {
    private static final Logger LOG = LoggerFactory.getLogger(ShellSetup.class);
    /** Seconds of inactivity before the session ends; overrides web.xml (tests use a short one). */
    public static final String TIMEOUT_PROPERTY = "pitstop.ui.sessionTimeoutSeconds";

    private ShellSetup() {
    }

    public static void install(VaadinService service, ShellContext shell) {
        String contextPath = service instanceof VaadinServletService s ? s.getServlet().getServletContext().getContextPath() : "";
        service.setSystemMessagesProvider(info -> messages(Ui.supported(info.getLocale() == null ? Ui.RUSSIAN : info.getLocale()),
                contextPath + "/" + LoginView.ROUTE + "?" + LoginView.EXPIRED));
        service.addSessionInitListener(event -> {
            event.getSession().setErrorHandler(ShellSetup::error);
            event.getSession().setAttribute(Translations.class, shell.translations());
            applyTimeout(event.getSession().getSession());
            LanguageSwitch.restore(event.getSession(), event.getRequest());
        });
        service.addUIInitListener(event -> {
            UI ui = event.getUI();
            Locale locale = Ui.locale();
            ui.setLocale(locale);
            LanguageSwitch.markPage(ui, locale);
            ui.getReconnectDialogConfiguration().setDialogText(ShellTexts.TEXTS.get(locale, "reconnect.trying"));
            ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ShellTexts.TEXTS.get(locale, "reconnect.gaveUp"));
            ui.addBeforeEnterListener(new AccessControl(shell));
            shell.follow(ui);
        });
    }

    /** Applies {@link #TIMEOUT_PROPERTY} when set; also needed after login, which moves to a new HTTP session. */
    static void applyTimeout(WrappedSession session) {
        Integer timeout = Integer.getInteger(TIMEOUT_PROPERTY);
        if (timeout != null && timeout > 0 && session != null) {
            session.setMaxInactiveInterval(timeout);
        }
    }

    private static CustomizedSystemMessages messages(Locale locale, String loginUrl) {
        CustomizedSystemMessages m = new CustomizedSystemMessages();
        m.setSessionExpiredNotificationEnabled(false);
        m.setSessionExpiredURL(loginUrl);
        m.setInternalErrorCaption(ShellTexts.TEXTS.get(locale, "error.internal.caption"));
        m.setInternalErrorMessage(ShellTexts.TEXTS.get(locale, "error.internal.message"));
        m.setCookiesDisabledCaption(ShellTexts.TEXTS.get(locale, "error.cookies.caption"));
        m.setCookiesDisabledMessage(ShellTexts.TEXTS.get(locale, "error.cookies.message"));
        return m;
    }

    private static void error(ErrorEvent event) {
        Throwable problem = event.getThrowable();
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof PitstopException p) {
                if (UI.getCurrent() != null) {
                    Ui.problem("error." + p.type(), Ui.message(p));
                }
                return;
            }
        }
        LOG.error("Unexpected error in the staff UI", problem);
        if (UI.getCurrent() != null) {
            Ui.problem("error.internal", ShellTexts.t("error.internal.message"));
        }
    }
}
