package io.pitstop.ui.shell.views;

import com.vaadin.flow.component.Component;
import io.pitstop.core.api.Actor;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.ViewContribution;
import io.pitstop.ui.api.kit.KitGallery;
import io.pitstop.ui.shell.ShellContext;
import io.pitstop.ui.shell.ShellTexts;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The shell's own views, routed and checked exactly like contributed ones:
 * the dashboard for every logged-in user, the plugins page and the UI kit's
 * gallery for admins.
 */
public final class BuiltInViews {
    private BuiltInViews() {
    }

    public static List<ViewContribution> create(ShellContext shell) {
        return List.of(
                new BuiltIn(Routes.DASHBOARD, DashboardView.class, () -> new DashboardView(shell), "menu.dashboard",
                        "DASHBOARD", Set.of(), 0),
                new BuiltIn(Routes.PLUGINS, PluginsView.class, () -> new PluginsView(shell), "menu.plugins",
                        "PUZZLE_PIECE", Set.of(Actor.ADMIN), 900),
                new BuiltIn(UsersView.ROUTE, UsersView.class, () -> new UsersView(shell), "menu.users",
                        "USERS", Set.of(Actor.ADMIN), 880),
                // the kit's gallery lives in ui-api beside the parts it shows; the shell only routes it
                new BuiltIn(KitGallery.ROUTE, KitGallery.class, KitGallery::new, "menu.kit", "PALETTE",
                        Set.of(Actor.ADMIN), 950));
    }

    private record BuiltIn(String route, Class<? extends Component> viewClass, Supplier<Component> factory,
                           String labelKey, String icon, Set<String> requiredRoles, int order) implements ViewContribution {
        @Override
        public Component createView() {
            return factory.get();
        }

        @Override
        public Texts texts() {
            return ShellTexts.TEXTS;
        }
    }
}
