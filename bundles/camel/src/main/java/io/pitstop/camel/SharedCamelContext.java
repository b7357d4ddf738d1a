package io.pitstop.camel;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.core.osgi.OsgiDefaultCamelContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one CamelContext that Pitstop and its plugins add routes to. Plugins
 * publish {@link RouteBuilder} services; their routes start when the service
 * appears and are removed when it goes (hot deployment). The context itself is
 * published as a {@link CamelContext} service named {@code pitstop}.
 */
@Component(immediate = true)
public class SharedCamelContext {
    private static final Logger LOG = LoggerFactory.getLogger(SharedCamelContext.class);
    public static final String NAME = "pitstop";

    private final Map<RoutesBuilder, List<String>> routesByBuilder = new ConcurrentHashMap<>();
    private final Map<RoutesBuilder, Boolean> pending = new ConcurrentHashMap<>();
    private volatile OsgiDefaultCamelContext context;
    private ServiceRegistration<CamelContext> registration;

    @Activate
    void activate(BundleContext bundleContext) throws Exception {
        OsgiDefaultCamelContext ctx = new OsgiDefaultCamelContext(bundleContext);
        ctx.setName(NAME);
        ctx.addService(clusterService(bundleContext));
        // routes are added after start, so the context must be running first (see STACK.md)
        ctx.start();
        context = ctx;
        for (RoutesBuilder b : List.copyOf(pending.keySet())) {
            add(b);
        }
        pending.clear();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("camel.context.name", NAME);
        registration = bundleContext.registerService(CamelContext.class, ctx, props);
    }

    /**
     * The cluster service {@code master:} routes elect their leader through: a file lock per namespace under
     * {@code data/camel-cluster} (or the folder of the system property {@code pitstop.camel.cluster.root}, a shared
     * disk when several servers run), so a route written {@code master:<namespace>:<endpoint>} consumes on one
     * server at a time and another takes over when it stops. Never a lock table of our own.
     */
    static FileLockClusterService clusterService(BundleContext bundleContext) {
        String root = bundleContext.getProperty("pitstop.camel.cluster.root");
        if (root == null || root.isBlank()) {
            String data = bundleContext.getProperty("karaf.data");
            root = (data == null ? "data" : data) + "/camel-cluster";
        }
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId("pitstop-file-lock");
        cluster.setRoot(root);
        cluster.setAcquireLockDelay(1, java.util.concurrent.TimeUnit.SECONDS);
        cluster.setAcquireLockInterval(5, java.util.concurrent.TimeUnit.SECONDS);
        return cluster;
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
        }
        OsgiDefaultCamelContext ctx = context;
        context = null;
        if (ctx != null) {
            ctx.stop();
        }
        routesByBuilder.clear();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, target = "(pitstop.routes=true)")
    void bindRoutes(RoutesBuilder builder) {
        if (context == null) {
            pending.put(builder, Boolean.TRUE);
            return;
        }
        add(builder);
    }

    void unbindRoutes(RoutesBuilder builder) {
        pending.remove(builder);
        List<String> ids = routesByBuilder.remove(builder);
        CamelContext ctx = context;
        if (ids == null || ctx == null) {
            return;
        }
        for (String id : ids) {
            try {
                ctx.getRouteController().stopRoute(id);
                ctx.removeRoute(id);
            } catch (Exception e) {
                LOG.warn("Could not remove route {}: {}", id, e.getMessage());
            }
        }
    }

    private void add(RoutesBuilder builder) {
        CamelContext ctx = context;
        List<String> before = ctx.getRoutes().stream().map(Route::getRouteId).toList();
        try {
            ctx.addRoutes(builder);
        } catch (Exception e) {
            // a plugin's broken route must not take the shared context down; it is refused loudly
            LOG.error("Routes of {} were refused: {}", builder.getClass().getName(), e.getMessage(), e);
            return;
        }
        List<String> added = ctx.getRoutes().stream().map(Route::getRouteId).filter(id -> !before.contains(id)).toList();
        routesByBuilder.put(builder, added);
        LOG.info("Started routes {} of {}", added, builder.getClass().getName());
    }
}
