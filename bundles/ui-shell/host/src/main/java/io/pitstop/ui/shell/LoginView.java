package io.pitstop.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.staff.StaffMember;
import io.pitstop.ui.api.Ui;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The login page ({@code /login}): user name and password checked against
 * the JAAS realm {@code pitstop}. After a successful login the session id
 * changes (no session fixation) and the page reloads at the address the
 * user first asked for.
 */
@Route(LoginView.ROUTE)
public class LoginView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "login";
    /** Query parameter set when the session ran out. */
    public static final String EXPIRED = "expired";

    private final TextField username = new TextField(ShellTexts.t("login.username"));
    private final PasswordField password = new PasswordField(ShellTexts.t("login.password"));
    private final Span error = new Span(ShellTexts.t("login.failed"));

    private final transient ShellContext shell;

    public LoginView(ShellContext shell) {
        this.shell = shell;
        setId("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        username.setId("login-username");
        username.setAutofocus(true);
        username.getElement().setAttribute("autocomplete", "username");
        password.setId("login-password");
        password.getElement().setAttribute("autocomplete", "current-password");
        error.setId("login-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        Button submit = new Button(ShellTexts.t("login.submit"), e -> submit());
        submit.setId("login-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        H1 title = new H1(ShellTexts.t("app.name"));
        VerticalLayout fields = new VerticalLayout(username, password, error, submit);
        fields.setPadding(false);
        fields.setWidthFull();
        username.setWidthFull();
        password.setWidthFull();
        submit.setWidthFull();
        VerticalLayout page = new VerticalLayout(title, new Form(fields), new LanguageSwitch());
        page.setWidth("320px");
        page.setPadding(false);
        // the page's one main landmark, so that screen readers jump straight to the form
        page.getElement().setAttribute("role", "main");
        add(page);
    }

    /**
     * A real {@code <form>} around the fields: password managers offer to save
     * and fill a login only when its password input sits in a form. The server
     * checks the login (the button and Enter), so the browser's own submission
     * is stopped; it would post to a page that does not read it.
     */
    @Tag("form")
    static final class Form extends Component implements HasComponents {
        private static final long serialVersionUID = 1L;

        Form(Component content) {
            setId("login-form");
            getElement().setAttribute("method", "post");
            getElement().setAttribute("autocomplete", "on");
            // a form is inline by default: the fields would shrink to their own width
            getElement().getStyle().set("display", "block").set("width", "100%");
            getElement().executeJs("this.addEventListener('submit', e => e.preventDefault())");
            add(content);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey(EXPIRED)) {
            io.pitstop.ui.api.Ui.problem("session.expired", ShellTexts.t("session.expired"));
        }
    }

    @Override
    public String getPageTitle() {
        return ShellTexts.t("login.title");
    }

    private void submit() {
        String user = username.getValue() == null ? null : username.getValue().trim();
        Optional<Actor> actor = shell.authenticator().flatMap(a -> a.login(user, password.getValue()));
        if (actor.isEmpty()) {
            error.setVisible(true);
            password.clear();
            password.focus();
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest) {
            try {
                VaadinService.reinitializeSession(request);
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(LoginView.class).warn("Could not change the session id after login", e);
            }
        }
        VaadinSession session = VaadinSession.getCurrent();
        ShellSetup.applyTimeout(session.getSession());
        session.setAttribute(Actor.class, actor.get());
        LanguageSwitch.afterLogin(shell, actor.get());
        // times in the member's own zone from now on; a login the directory does not know keeps the default
        Ui.useZone(session, shell.staff().flatMap(s -> s.member(actor.get().name())).map(StaffMember::timeZone).orElse(null));
        Object after = session.getAttribute(AccessControl.AFTER_LOGIN);
        session.setAttribute(AccessControl.AFTER_LOGIN, null);
        // only a path of this application, never an address elsewhere
        String target = after instanceof String s && !s.startsWith(ROUTE) && !s.contains("//") && !s.contains(":") ? s : "";
        String contextPath = VaadinServlet.getCurrent().getServletContext().getContextPath();
        UI.getCurrent().getPage().setLocation(contextPath + "/" + target);
    }
}
