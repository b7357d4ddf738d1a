package io.pitstop.core.rest.internal;

import io.pitstop.core.api.HealthCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * The health check {@code api}: passes when every registered JAX-RS resource service
 * ({@code osgi.jaxrs.resource=true}, the core's and every plugin's) is served by the whiteboard.
 * A resource service registers as soon as its bundle's component activates, but the whiteboard adds it
 * to the application (and rebuilds that) a little later; until then its paths answer 404. Comparing
 * the registry with the runtime's own account of what it serves makes health ready only when the API
 * is, after a start and whenever a plugin comes or goes. A resource whose component still waits for its
 * service (the domain bundles start after the REST ones) is not registered yet, so until Karaf has finished
 * installing its boot features the check fails as well.
 */
final class ServedResources implements HealthCheck {
    static final String NAME = "api";
    static final String RESOURCE_FILTER = "(osgi.jaxrs.resource=true)";
    /** Registered by Karaf's features service once every boot feature is installed and started. */
    static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";

    private final BooleanSupplier booted;
    private final Supplier<JaxrsServiceRuntime> runtime;
    private final Supplier<Map<Long, String>> registered;

    ServedResources(BooleanSupplier booted, Supplier<JaxrsServiceRuntime> runtime, Supplier<Map<Long, String>> registered) {
        this.booted = booted;
        this.runtime = runtime;
        this.registered = registered;
    }

    /** Over the service registry: references only, so a prototype resource is never instantiated for a check. */
    ServedResources(BundleContext context, Supplier<JaxrsServiceRuntime> runtime) {
        this(() -> context.getServiceReference(BOOT_FINISHED) != null, runtime, () -> registeredResources(context));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Result check() {
        if (!booted.getAsBoolean()) {
            return Result.failing("the server is still starting its boot features");
        }
        JaxrsServiceRuntime whiteboard = runtime.get();
        if (whiteboard == null) {
            return Result.failing("the JAX-RS whiteboard runtime is not registered");
        }
        List<String> missing = unserved(whiteboard.getRuntimeDTO(), registered.get());
        return missing.isEmpty() ? Result.passing() : Result.failing("not served yet: " + String.join("; ", missing));
    }

    /**
     * Registered resources (service id → what to call it in the log) that no application of the runtime
     * serves, each with the whiteboard's failure reason when it gave one.
     */
    static List<String> unserved(RuntimeDTO dto, Map<Long, String> registered) {
        Set<Long> served = new HashSet<>();
        List<ApplicationDTO> applications = new ArrayList<>();
        if (dto.defaultApplication != null) {
            applications.add(dto.defaultApplication);
        }
        if (dto.applicationDTOs != null) {
            applications.addAll(List.of(dto.applicationDTOs));
        }
        for (ApplicationDTO application : applications) {
            if (application.resourceDTOs != null) {
                for (ResourceDTO resource : application.resourceDTOs) {
                    served.add(resource.serviceId);
                }
            }
        }
        Map<Long, Integer> failures = new TreeMap<>();
        if (dto.failedResourceDTOs != null) {
            for (FailedResourceDTO failed : dto.failedResourceDTOs) {
                failures.put(failed.serviceId, failed.failureReason);
            }
        }
        List<String> missing = new ArrayList<>();
        new TreeMap<>(registered).forEach((id, name) -> {
            if (!served.contains(id)) {
                Integer reason = failures.get(id);
                missing.add(name + " (service " + id + (reason == null ? "" : ", whiteboard failure reason " + reason) + ")");
            }
        });
        return missing;
    }

    private static Map<Long, String> registeredResources(BundleContext context) {
        ServiceReference<?>[] references;
        try {
            references = context.getAllServiceReferences(null, RESOURCE_FILTER);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        Map<Long, String> resources = new TreeMap<>();
        if (references != null) {
            for (ServiceReference<?> reference : references) {
                String[] classes = (String[]) reference.getProperty(Constants.OBJECTCLASS);
                resources.put((Long) reference.getProperty(Constants.SERVICE_ID), String.join(",", classes));
            }
        }
        return resources;
    }
}
