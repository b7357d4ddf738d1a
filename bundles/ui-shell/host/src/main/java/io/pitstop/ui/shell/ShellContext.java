package io.pitstop.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Authenticator;
import io.pitstop.core.api.Translations;
import io.pitstop.core.api.staff.StaffAdministration;
import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.ui.api.Contribution;
import io.pitstop.ui.api.DashboardCard;
import io.pitstop.ui.api.DashboardCounter;
import io.pitstop.ui.api.NoticeSource;
import io.pitstop.ui.api.SearchProvider;
import io.pitstop.ui.api.ViewContribution;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the shell knows about the running system: the views contributed as
 * services (and its own), the dashboard counters and cards, the search
 * providers, and the few core services the shell itself uses, each of which
 * may come and go at any time. It knows no domain: contacts, accounts and
 * plugins' records reach it only through those contributions. Open views
 * listen here to redraw their menu or leave a view whose bundle went away.
 */
public final class ShellContext {
    private static final Logger LOG = LoggerFactory.getLogger(ShellContext.class);

    /** Told after a contribution or a tracked service appeared or went. */
    public interface Listener {
        /** @param removedViews view classes that are no longer routed; users on them must leave */
        void changed(Set<Class<? extends Component>> removedViews);
    }

    private final BundleContext bundleContext;
    private final ViewRoutes views;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    private final Tracked<DashboardCard> cards;
    private final Tracked<DashboardCounter> counters;
    private final Tracked<SearchProvider> searches;
    private final Tracked<NoticeSource> notices;
    private final Tracked<FeaturesService> features;
    private final Tracked<Translations> translations;
    private final Tracked<Authenticator> authenticator;
    private final Tracked<StaffDirectory> staff;
    private final Tracked<StaffAdministration> staffAdministration;
    private final SessionSweep sessions;

    public ShellContext(BundleContext bundleContext, RouteConfiguration routes, Class<? extends RouterLayout> layout) {
        this.bundleContext = bundleContext;
        this.views = new ViewRoutes(routes, layout);
        this.cards = new Tracked<>(DashboardCard.class);
        this.counters = new Tracked<>(DashboardCounter.class);
        this.searches = new Tracked<>(SearchProvider.class);
        this.notices = new Tracked<>(NoticeSource.class);
        this.features = new Tracked<>(FeaturesService.class);
        this.translations = new Tracked<>(Translations.class);
        this.authenticator = new Tracked<>(Authenticator.class);
        this.staff = new Tracked<>(StaffDirectory.class);
        this.staffAdministration = new Tracked<>(StaffAdministration.class);
        this.sessions = new SessionSweep(this::authenticator);
        trackers.add(new ServiceTracker<>(bundleContext, ViewContribution.class, new ViewTracking()));
    }

    /** Registers the shell's own views, then starts following the services. */
    public void open(List<ViewContribution> builtIn) {
        builtIn.forEach(views::add);
        trackers.forEach(ServiceTracker::open);
        sessions.start();
    }

    public void close() {
        sessions.stop();
        trackers.forEach(ServiceTracker::close);
        listeners.clear();
    }

    public Runnable addListener(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Views the actor may open, in menu order. */
    public List<ViewContribution> menu(Actor actor) {
        return views.all().stream()
                .filter(v -> v.inMenu() && v.visibleTo(actor))
                .sorted(Comparator.comparingInt(ViewContribution::order).thenComparing(ViewContribution::route))
                .toList();
    }

    /** The contribution that owns a view class, if it is routed now. */
    public Optional<ViewContribution> viewOf(Class<?> viewClass) {
        return views.byClass(viewClass);
    }

    public Optional<ViewContribution> viewAt(String route) {
        return views.byRoute(route);
    }

    /** A new view instance when {@code viewClass} belongs to a contribution, else null. */
    public Object createView(Class<?> viewClass) {
        return views.byClass(viewClass).map(ViewContribution::createView).orElse(null);
    }

    /**
     * A file under {@code META-INF/resources} of a bundle this one requires
     * (flow-push's {@code vaadinPush-min.js}). Require-Bundle only shares
     * exported packages with the class loader, and flow-push exports none, so
     * the entry is read from the required bundle directly.
     */
    public URL requiredBundleResource(String path) {
        BundleWiring wiring = bundleContext.getBundle().adapt(BundleWiring.class);
        if (wiring == null) {
            return null;
        }
        for (BundleWire wire : wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)) {
            URL url = wire.getProvider().getBundle().getEntry("META-INF/resources" + path);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    public List<DashboardCard> cards(Actor actor) {
        return visible(cards.all(), actor, DashboardCard::id);
    }

    public List<DashboardCounter> counters(Actor actor) {
        return visible(counters.all(), actor, DashboardCounter::id);
    }

    /** The search providers the actor may use, in group order. */
    public List<SearchProvider> searchProviders(Actor actor) {
        return visible(searches.all(), actor, SearchProvider::type);
    }

    private static <C extends Contribution> List<C> visible(List<C> all, Actor actor, java.util.function.Function<C, String> id) {
        return all.stream().filter(c -> c.visibleTo(actor))
                .sorted(Comparator.<C>comparingInt(Contribution::order).thenComparing(id)).toList();
    }

    /** The bundle context of the shell, for services a view registers while it is shown (the dashboard's event handler). */
    public BundleContext bundleContext() {
        return bundleContext;
    }

    /** The realm's login, the same the REST API uses; absent while the core's security is not up. */
    /** Every source of notices shown on every page, as registered now. */
    public List<NoticeSource> noticeSources() {
        return notices.all();
    }

    /** Follows an open page, so that its member is signed out within a sweep once they may no longer continue. */
    void follow(com.vaadin.flow.component.UI ui) {
        sessions.follow(ui);
    }

    public Optional<Authenticator> authenticator() {
        return authenticator.first();
    }

    /** Who works here, for the users page and the presence menu; absent while the core is not up. */
    public Optional<StaffDirectory> staff() {
        return staff.first();
    }

    public Optional<StaffAdministration> staffAdministration() {
        return staffAdministration.first();
    }

    public Optional<FeaturesService> features() {
        return features.first();
    }

    /**
     * Translations that follow the service as it comes and goes: messages stay
     * as sent (English) while no translation service is registered.
     */
    public Translations translations() {
        return new Translations() {
            @Override
            public String translate(Locale language, String message) {
                return translations.first().map(t -> t.translate(language, message)).orElse(message);
            }

            @Override
            public List<Locale> languages() {
                return translations.first().map(Translations::languages).orElse(List.of(Locale.ENGLISH));
            }
        };
    }

    private void fire(Set<Class<? extends Component>> removed) {
        for (Listener l : listeners) {
            try {
                l.changed(removed);
            } catch (RuntimeException e) {
                LOG.warn("A UI could not take the change of contributions", e);
            }
        }
    }

    /** Routes each contributed view for as long as its service is registered. */
    private final class ViewTracking implements ServiceTrackerCustomizer<ViewContribution, ViewContribution> {
        @Override
        public ViewContribution addingService(ServiceReference<ViewContribution> ref) {
            ViewContribution view = bundleContext.getService(ref);
            if (view == null) {
                return null;
            }
            try {
                if (views.add(view)) {
                    fire(Set.of());
                    return view;
                }
            } catch (RuntimeException e) {
                LOG.error("View contribution {} could not be routed", view.getClass().getName(), e);
            }
            bundleContext.ungetService(ref);
            return null;
        }

        @Override
        public void modifiedService(ServiceReference<ViewContribution> ref, ViewContribution view) {
            fire(Set.of());
        }

        @Override
        public void removedService(ServiceReference<ViewContribution> ref, ViewContribution view) {
            views.remove(view);
            fire(Set.of(view.viewClass()));
            bundleContext.ungetService(ref);
        }
    }

    /**
     * Follows the services of one type and tells the listeners when one comes
     * or goes. It keeps its own list, updated before the listeners hear of the
     * change, because a ServiceTracker counts a service only after its
     * customizer has returned.
     */
    private final class Tracked<T> implements ServiceTrackerCustomizer<T, T> {
        private final List<T> live = new CopyOnWriteArrayList<>();

        Tracked(Class<T> type) {
            trackers.add(new ServiceTracker<>(bundleContext, type, this));
        }

        Optional<T> first() {
            return live.stream().findFirst();
        }

        List<T> all() {
            return List.copyOf(live);
        }

        @Override
        public T addingService(ServiceReference<T> ref) {
            T service = bundleContext.getService(ref);
            if (service != null) {
                live.add(service);
                fire(Set.of());
            }
            return service;
        }

        @Override
        public void modifiedService(ServiceReference<T> ref, T service) {
            fire(Set.of());
        }

        @Override
        public void removedService(ServiceReference<T> ref, T service) {
            live.remove(service);
            bundleContext.ungetService(ref);
            fire(Set.of());
        }
    }
}
