package io.pitstop.ui.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinSession;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.staff.Presence;
import io.pitstop.ui.api.NoticeSource;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.ViewContribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The frame around every view: side menu of the views the user's roles
 * allow, top bar with the global search, language switch and user menu.
 * While it is on screen it follows the contributions: a view that appears
 * joins the menu, and a user whose view goes away is sent to the dashboard
 * with a notice.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {
    private static final long serialVersionUID = 1L;

    private final transient ShellContext shell;
    private final VerticalLayout menu = new VerticalLayout();
    private final GlobalSearch search;
    private Class<?> shown;
    private transient Runnable unlisten;
    private transient List<Runnable> noticeStops = List.of();

    public MainLayout(ShellContext shell) {
        this.shell = shell;
        setId("main-layout");
        setPrimarySection(Section.DRAWER);
        Span brand = new Span(ShellTexts.t("app.name"));
        brand.setId("app-brand");
        brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
                .set("padding", "var(--lumo-space-m)");
        menu.setId("side-menu");
        menu.setPadding(false);
        menu.setSpacing(false);
        addToDrawer(brand, menu);

        search = new GlobalSearch(shell);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), search);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        HorizontalLayout right = new HorizontalLayout(new LanguageSwitch(), userMenu());
        right.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        right.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        bar.add(right);
        addToNavbar(bar);
        buildMenu();
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        shown = content == null ? null : content.getClass();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        AccessControl.PendingNotice.showAfterNavigation(UI.getCurrent());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        unlisten = shell.addListener(removed -> ui.access(() -> {
            changed(ui, removed);
            listenToNotices(ui);
        }));
        listenToNotices(ui);
    }

    /**
     * Shows the notices of every {@link NoticeSource} for the member on this page, whatever view is open; listened
     * again whenever a contribution comes or goes, so a source that arrives later is heard too and one that left is
     * let go.
     */
    private void listenToNotices(UI ui) {
        stopNotices();
        Actor actor = Ui.actor();
        if (actor == null) {
            return;
        }
        List<Runnable> stops = new ArrayList<>();
        for (NoticeSource source : shell.noticeSources()) {
            stops.add(source.listen(actor.name(), n -> ui.access(() -> Ui.notice(n.key(), n.text().get()))));
        }
        noticeStops = stops;
    }

    private void stopNotices() {
        noticeStops.forEach(Runnable::run);
        noticeStops = List.of();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unlisten != null) {
            unlisten.run();
            unlisten = null;
        }
        stopNotices();
        super.onDetach(event);
    }

    private void changed(UI ui, Set<Class<? extends Component>> removed) {
        buildMenu();
        search.refresh();
        if (shown != null && removed.contains(shown)) {
            ui.navigate("");
            Ui.problem("view.removed", ShellTexts.t("view.removed"));
        }
    }

    private void buildMenu() {
        menu.removeAll();
        Actor actor = Ui.actor();
        if (actor == null) {
            return;
        }
        Locale locale = Ui.locale();
        for (ViewContribution view : shell.menu(actor)) {
            RouterLink link = new RouterLink();
            link.setRoute(view.viewClass());
            link.setId("menu-" + (view.route().isEmpty() ? "dashboard" : view.route().replace('/', '-')));
            link.add(icon(view.icon()), new Span(view.texts().get(locale, view.labelKey())));
            link.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
            menu.add(link);
        }
    }

    private static Icon icon(String name) {
        VaadinIcon icon;
        try {
            icon = VaadinIcon.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            icon = VaadinIcon.CIRCLE_THIN;
        }
        Icon i = icon.create();
        i.setSize("var(--lumo-icon-size-s)");
        return i;
    }

    /**
     * The user's name as a button that opens the roles and logout. Not a menu
     * bar: Vaadin 23's menu bar puts its item (role "option", aria-selected)
     * inside its button (role "menuitem"), which axe reports as a critical
     * ARIA violation on every page.
     */
    private Component userMenu() {
        Actor actor = Ui.actor();
        Button root = new Button(actor == null ? "" : actor.name(), VaadinIcon.USER.create());
        root.setId("user-menu-root");
        root.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        root.getElement().setAttribute("aria-haspopup", "menu");
        ContextMenu sub = new ContextMenu(root);
        sub.setOpenOnClick(true);
        if (actor != null) {
            Set<String> roles = new TreeSet<>();
            actor.roles().forEach(r -> roles.add(ShellTexts.t("role." + r)));
            MenuItem rolesItem = sub.addItem(ShellTexts.t("user.roles", String.join(", ", roles)));
            rolesItem.setId("user-menu-roles");
            rolesItem.setEnabled(false);
            presenceMenu(sub, actor);
        }
        MenuItem logout = sub.addItem(ShellTexts.t("user.logout"), e -> logout());
        logout.setId("logout");
        Div menu = new Div(root);
        menu.setId("user-menu");
        return menu;
    }

    /** The member's own presence (available, busy, away, off), which plugins that route work read. */
    private void presenceMenu(ContextMenu sub, Actor actor) {
        shell.staff().filter(d -> d.member(actor.name()).isPresent()).ifPresent(directory -> {
            MenuItem item = sub.addItem(ShellTexts.t("user.presence",
                    ShellTexts.t("presence." + directory.presence(actor.name()).name())));
            item.setId("user-menu-presence");
            for (Presence p : Presence.values()) {
                sub(item).addItem(ShellTexts.t("presence." + p.name()), e -> shell.staffAdministration().ifPresent(admin -> {
                    admin.setPresence(actor, p);
                    item.setText(ShellTexts.t("user.presence", ShellTexts.t("presence." + p.name())));
                })).setId("presence-" + p.name());
            }
        });
    }

    private static SubMenu sub(MenuItem item) {
        return item.getSubMenu();
    }

    /** Ends the session; the page moves first, because the response still goes out of the invalidated session. */
    static void logout() {
        String contextPath = VaadinServlet.getCurrent().getServletContext().getContextPath();
        UI.getCurrent().getPage().setLocation(contextPath + "/" + LoginView.ROUTE);
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
