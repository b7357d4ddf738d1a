package io.pitstop.ui.shell;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import io.pitstop.ui.api.ViewContribution;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The views routed now, by route and by view class, kept in step with
 * Vaadin's application route registry: a contribution's view is routed inside
 * the shell's layout when it arrives and unrouted when it leaves. The first
 * contribution to claim a route keeps it.
 */
final class ViewRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(ViewRoutes.class);

    private final RouteConfiguration routes;
    private final Class<? extends RouterLayout> layout;
    private final Map<String, ViewContribution> byRoute = new ConcurrentHashMap<>();
    private final Map<Class<?>, ViewContribution> byClass = new ConcurrentHashMap<>();

    ViewRoutes(RouteConfiguration routes, Class<? extends RouterLayout> layout) {
        this.routes = routes;
        this.layout = layout;
    }

    /** Routes the view; false when its route is taken. */
    boolean add(ViewContribution view) {
        ViewContribution previous = byRoute.putIfAbsent(view.route(), view);
        if (previous != null) {
            LOG.warn("Route '{}' of {} is already taken by {}; the view is not shown", view.route(), view.viewClass().getName(),
                    previous.viewClass().getName());
            return false;
        }
        try {
            routes.setRoute(view.route(), view.viewClass(), List.of(layout));
        } catch (RuntimeException e) {
            byRoute.remove(view.route(), view);
            throw e;
        }
        byClass.put(view.viewClass(), view);
        LOG.info("View '{}' ({}) added", view.route(), view.viewClass().getName());
        return true;
    }

    void remove(ViewContribution view) {
        if (!byRoute.remove(view.route(), view)) {
            return;
        }
        byClass.remove(view.viewClass());
        // by class: removing by path would leave the ":parameter" template of a HasUrlParameter view behind
        routes.removeRoute(view.viewClass());
        LOG.info("View '{}' ({}) removed", view.route(), view.viewClass().getName());
    }

    Collection<ViewContribution> all() {
        return byRoute.values();
    }

    Optional<ViewContribution> byRoute(String route) {
        return Optional.ofNullable(byRoute.get(route));
    }

    Optional<ViewContribution> byClass(Class<?> viewClass) {
        return Optional.ofNullable(byClass.get(viewClass));
    }
}
