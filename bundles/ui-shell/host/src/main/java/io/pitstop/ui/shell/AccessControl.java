package io.pitstop.ui.shell;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.VaadinSession;
import io.pitstop.core.api.Actor;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.ViewContribution;
import java.util.Optional;

/**
 * Runs before every navigation: nobody sees anything but the login page
 * without logging in, and a view the user's roles may not see is refused
 * the same way whether it was picked from the menu or typed into the
 * address bar: back to the dashboard with a notice.
 */
final class AccessControl implements BeforeEnterListener {
    /** Session attribute: where to go after logging in. */
    static final String AFTER_LOGIN = "pitstop.afterLogin";

    private final ShellContext shell;

    AccessControl(ShellContext shell) {
        this.shell = shell;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        Actor actor = Ui.actor();
        if (target == LogoutView.class) {
            return;
        }
        if (target == LoginView.class) {
            if (actor != null) {
                event.forwardTo("");
            }
            return;
        }
        if (actor == null) {
            String path = event.getLocation().getPathWithQueryParameters();
            VaadinSession.getCurrent().setAttribute(AFTER_LOGIN, path);
            event.forwardTo(LoginView.class);
            return;
        }
        if (shell.authenticator().map(a -> !a.mayContinue(actor.name())).orElse(false)) {
            // a member disabled since signing in is out at their next step; the login page refuses them again
            VaadinSession.getCurrent().setAttribute(Actor.class, null);
            event.forwardTo(LoginView.class);
            return;
        }
        if (target == MissingView.class) {
            return;
        }
        Optional<ViewContribution> view = shell.viewOf(target);
        if (view.isEmpty()) {
            // a shell page outside the contribution model would be a bug; refuse rather than show it
            refuse(event, "access.gone");
        } else if (!view.get().visibleTo(actor)) {
            refuse(event, "access.denied");
        }
    }

    static void refuse(BeforeEnterEvent event, String key) {
        // a notification opened while the navigation is being rerouted is lost; the layout shows it afterwards
        ComponentUtil.setData(event.getUI(), PendingNotice.class, new PendingNotice(key));
        event.forwardTo("");
    }

    /** A refusal to show once the forwarded navigation has rendered. */
    record PendingNotice(String key) {
        /** Shows and forgets the notice left on the UI, if any. */
        static void showAfterNavigation(com.vaadin.flow.component.UI ui) {
            PendingNotice pending = ComponentUtil.getData(ui, PendingNotice.class);
            if (pending != null) {
                ComponentUtil.setData(ui, PendingNotice.class, null);
                Ui.problem(pending.key(), ShellTexts.t(pending.key()));
            }
        }
    }
}
