package io.pitstop.core.rest.internal;

import io.pitstop.core.api.HealthCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health check {@code api}: passes when every registered JAX-RS resource service
 * ({@code osgi.jaxrs.resource=true}, the core's and every plugin's) is served by the whiteboard.
 * A resource service registers as soon as its bundle's component activates, but the whiteboard adds it
 * to the application (and rebuilds that) a little later; until then its paths answer 404. Comparing
 * the registry with the runtime's own account of what it serves makes health ready only when the API
 * is, after a start and whenever a plugin comes or goes. A resource whose component still waits for its
 * service (the domain bundles start after the REST ones) is not registered yet, so until Karaf has finished
 * installing its boot features the check fails as well. Nor is it registered while its component, enabled, still
 * waits for a service it needs (after a restart the domain services can come seconds after the boot features):
 * the Service Component Runtime names those components, and the check fails while there is one.
 */
final class ServedResources implements HealthCheck {
    static final String NAME = "api";
    static final String RESOURCE_FILTER = "(osgi.jaxrs.resource=true)";
    /** Registered by Karaf's features service once every boot feature is installed and started. */
    static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";
    private static final Logger LOG = LoggerFactory.getLogger(ServedResources.class);

    private final BooleanSupplier booted;
    private final Supplier<JaxrsServiceRuntime> runtime;
    private final Supplier<Map<Long, String>> registered;
    private final Supplier<ServiceComponentRuntime> components;
    /** Resource components already named in the log as waiting, so a start that waits ten seconds says it once. */
    private final Set<String> announced = ConcurrentHashMap.newKeySet();

    ServedResources(BooleanSupplier booted, Supplier<JaxrsServiceRuntime> runtime, Supplier<Map<Long, String>> registered,
            Supplier<ServiceComponentRuntime> components) {
        this.booted = booted;
        this.runtime = runtime;
        this.registered = registered;
        this.components = components;
    }

    /** Over the service registry: references only, so a prototype resource is never instantiated for a check. */
    ServedResources(BundleContext context, Supplier<JaxrsServiceRuntime> runtime, Supplier<ServiceComponentRuntime> components) {
        this(() -> context.getServiceReference(BOOT_FINISHED) != null, runtime, () -> registeredResources(context), components);
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
        ServiceComponentRuntime scr = components.get();
        if (scr == null) {
            return Result.failing("the Service Component Runtime is not registered");
        }
        Map<String, String> waiting = waiting(scr);
        announced.retainAll(waiting.keySet());
        waiting.forEach((component, needs) -> {
            if (announced.add(component)) {
                LOG.info("REST resource {} is not served until it has {}", component, needs);
            }
        });
        if (!waiting.isEmpty()) {
            return Result.failing("waiting for their services: " + String.join("; ", waiting.keySet()));
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

    /**
     * Enabled components that would register a REST resource ({@code osgi.jaxrs.resource=true} among their
     * properties) but wait for a service they require (component name → what it waits for). A disabled component
     * has no configuration, so it never counts.
     */
    static Map<String, String> waiting(ServiceComponentRuntime scr) {
        Map<String, String> waiting = new TreeMap<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            Object resource = description.properties == null ? null : description.properties.get("osgi.jaxrs.resource");
            if (resource == null || !"true".equalsIgnoreCase(resource.toString())) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    waiting.put(description.name, needs(description, configuration));
                }
            }
        }
        return waiting;
    }

    /** The references a configuration lacks, each with the service interface it needs. */
    private static String needs(ComponentDescriptionDTO description, ComponentConfigurationDTO configuration) {
        Map<String, String> interfaces = new TreeMap<>();
        if (description.references != null) {
            for (ReferenceDTO reference : description.references) {
                interfaces.put(reference.name, reference.interfaceName);
            }
        }
        List<String> needs = new ArrayList<>();
        if (configuration.unsatisfiedReferences != null) {
            for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
                String service = interfaces.getOrDefault(reference.name, "?");
                needs.add(reference.name + " (" + service + (reference.target == null ? "" : " " + reference.target) + ")");
            }
        }
        return needs.isEmpty() ? "its references" : String.join(", ", needs);
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
