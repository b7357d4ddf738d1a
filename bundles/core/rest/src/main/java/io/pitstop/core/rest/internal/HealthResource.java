package io.pitstop.core.rest.internal;

import io.pitstop.core.api.HealthCheck;
import io.pitstop.core.rest.Rest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liveness and readiness for load balancers, monitoring and the start script:
 * 200 {@code UP} when every registered {@link HealthCheck} passes and the API
 * itself is served (the built-in check {@code api}, see {@link ServedResources}),
 * 503 {@code DOWN} naming the failing ones otherwise. Open to everyone, so it
 * says only names and states; what went wrong is logged once per change.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);

    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();

    /** Optional and dynamic: the runtime that serves this resource must not be what restarts it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile JaxrsServiceRuntime runtime;

    /** Names the resource components that still wait for a service; optional like the runtime, for the same reason. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime components;

    private final ServedResources api;

    @Activate
    public HealthResource(BundleContext context) {
        this.api = new ServedResources(context, () -> runtime, () -> components);
    }

    /** Anonymous callers may poll as fast as they like; the checks (a database connection each time) run at most once a second. */
    private static final long FRESH_MILLIS = 1_000;

    /** The last state of each check, so that a failure is logged when it starts and when it ends, not per poll. */
    private final Map<String, Boolean> lastUp = new ConcurrentHashMap<>();
    /** The last warning of each check, logged once when it appears or changes. */
    private final Map<String, String> lastWarning = new ConcurrentHashMap<>();

    private record Answer(Map<String, Object> body, boolean up, long at) {
    }

    private volatile Answer last;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeCheck")
    void addCheck(HealthCheck check) {
        checks.add(check);
        last = null; // a check that came or went shows at once
    }

    void removeCheck(HealthCheck check) {
        checks.remove(check);
        last = null;
    }

    @GET
    @PermitAll
    public Response health() {
        Answer answer = last;
        long now = System.currentTimeMillis();
        if (answer == null || now - answer.at() >= FRESH_MILLIS) {
            answer = runChecks(now);
            last = answer;
        }
        return Response.status(answer.up() ? 200 : 503).entity(answer.body()).build();
    }

    private Answer runChecks(long now) {
        Map<String, String> states = new TreeMap<>();
        boolean allUp = true;
        List<HealthCheck> all = new ArrayList<>(checks);
        all.add(api);
        for (HealthCheck check : all) {
            HealthCheck.Result result = run(check);
            boolean warns = result.up() && result.detail() != null;
            states.put(check.name(), warns ? "WARN" : result.up() ? "UP" : "DOWN");
            allUp &= result.up();
            if (warns && !result.detail().equals(lastWarning.put(check.name(), result.detail()))) {
                LOG.warn("Health check '{}' warns: {}", check.name(), result.detail());
            } else if (!warns) {
                lastWarning.remove(check.name());
            }
            Boolean before = lastUp.put(check.name(), result.up());
            if (!result.up() && before == null && check == api) {
                // every start has a moment when resources are registered but not yet served: not a warning
                LOG.info("Health check '{}' not ready yet: {}", check.name(), result.detail());
            } else if (!result.up() && !Boolean.FALSE.equals(before)) {
                LOG.warn("Health check '{}' failed: {}", check.name(), result.detail());
            } else if (result.up() && Boolean.FALSE.equals(before)) {
                LOG.info("Health check '{}' passes again", check.name());
            }
        }
        return new Answer(Map.of("status", allUp ? "UP" : "DOWN", "checks", states), allUp, now);
    }

    private static HealthCheck.Result run(HealthCheck check) {
        try {
            return check.check();
        } catch (RuntimeException e) {
            // a check must not throw; if one does, it is a failed check, not a failed health endpoint
            return HealthCheck.Result.failing(e.toString());
        }
    }
}
