package io.pitstop.core.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.HealthCheck;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.util.promise.Promise;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.DTOConstants;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

public class ServedResourcesTest {
    private static final Map<Long, String> CORE = Map.of(10L, "HealthResource", 11L, "ContactsResource");
    private static final ServiceComponentRuntime NONE_WAITING = components(Map.of());

    @Test
    public void servedWhenEveryRegisteredResourceIsInAnApplication() {
        assertEquals(List.of(), ServedResources.unserved(runtime(new long[] {10, 11}), CORE));
        // resources of another application count as served too
        RuntimeDTO split = runtime(new long[] {10});
        split.applicationDTOs = new ApplicationDTO[] {application(11)};
        assertEquals(List.of(), ServedResources.unserved(split, CORE));
    }

    /** After a start: the resource service exists, the whiteboard has not added it to /api yet (its paths answer 404). */
    @Test
    public void registeredButNotYetServedIsMissing() {
        List<String> missing = ServedResources.unserved(runtime(new long[] {10}), CORE);
        assertEquals(1, missing.size());
        assertTrue(missing.get(0), missing.get(0).startsWith("ContactsResource (service 11"));
    }

    @Test
    public void aFailedResourceIsMissingWithTheWhiteboardsReason() {
        RuntimeDTO dto = runtime(new long[] {10, 11});
        FailedResourceDTO failed = new FailedResourceDTO();
        failed.serviceId = 12;
        failed.failureReason = DTOConstants.FAILURE_REASON_REQUIRED_EXTENSIONS_UNAVAILABLE;
        dto.failedResourceDTOs = new FailedResourceDTO[] {failed};
        List<String> missing = ServedResources.unserved(dto, Map.of(10L, "HealthResource", 11L, "ContactsResource", 12L, "PluginResource"));
        assertEquals(List.of("PluginResource (service 12, whiteboard failure reason "
                + DTOConstants.FAILURE_REASON_REQUIRED_EXTENSIONS_UNAVAILABLE + ")"), missing);
    }

    /** A plugin that went takes its resource from the registry and the runtime alike: nothing is missing. */
    @Test
    public void servedButNoLongerRegisteredIsNotMissing() {
        assertEquals(List.of(), ServedResources.unserved(runtime(new long[] {10, 11, 12}), CORE));
    }

    @Test
    public void checkFailsWithoutRuntimeAndPassesWhenAllAreServed() {
        assertFalse(new ServedResources(() -> true, () -> null, () -> CORE, () -> NONE_WAITING).check().up());
        JaxrsServiceRuntime whiteboard = () -> runtime(new long[] {10, 11});
        HealthCheck.Result ok = new ServedResources(() -> true, () -> whiteboard, () -> CORE, () -> NONE_WAITING).check();
        assertTrue(ok.detail(), ok.up());
        // before the boot features are in, a domain resource may not even be registered yet
        assertFalse(new ServedResources(() -> false, () -> whiteboard, () -> CORE, () -> NONE_WAITING).check().up());
        HealthCheck.Result starting = new ServedResources(() -> true, () -> whiteboard,
                () -> Map.of(10L, "HealthResource", 13L, "AccountResource"), () -> NONE_WAITING).check();
        assertFalse(starting.up());
        assertTrue(starting.detail(), starting.detail().contains("AccountResource"));
    }

    /**
     * After a restart: the boot features are in and every registered resource is served, but the accounts resource
     * is not registered at all, its component waiting for the account service (its paths answered 404 while health
     * said UP).
     */
    @Test
    public void aResourceComponentWaitingForItsServiceKeepsTheCheckFailing() {
        JaxrsServiceRuntime whiteboard = () -> runtime(new long[] {10, 11});
        ComponentDescriptionDTO accounts = resource("io.pitstop.accounts.rest.AccountResource", true);
        ComponentConfigurationDTO waits = configuration(ComponentConfigurationDTO.UNSATISFIED_REFERENCE, "accounts");
        HealthCheck.Result starting = new ServedResources(() -> true, () -> whiteboard, () -> CORE,
                () -> components(Map.of(accounts, List.of(waits)))).check();
        assertFalse(starting.up());
        assertTrue(starting.detail(), starting.detail().contains("io.pitstop.accounts.rest.AccountResource"));
        assertEquals(Map.of("io.pitstop.accounts.rest.AccountResource",
                        "accounts (io.pitstop.accounts.api.AccountService)"),
                ServedResources.waiting(components(Map.of(accounts, List.of(waits)))));

        // once it has its service it is active (and registered, so the comparison with the whiteboard takes over)
        ComponentConfigurationDTO active = configuration(ComponentConfigurationDTO.ACTIVE);
        assertTrue(new ServedResources(() -> true, () -> whiteboard, () -> CORE,
                () -> components(Map.of(accounts, List.of(active)))).check().up());
    }

    /** Only resource components count: a waiting service component is some other check's business; a disabled one has no configuration. */
    @Test
    public void otherComponentsAndDisabledOnesDoNotCount() {
        ComponentConfigurationDTO waits = configuration(ComponentConfigurationDTO.UNSATISFIED_REFERENCE, "accounts");
        assertEquals(Map.of(), ServedResources.waiting(components(Map.of(
                resource("io.pitstop.demo.DemoData", false), List.of(waits),
                resource("io.pitstop.sample.SamplePingResource", true), List.of()))));
        assertFalse(new ServedResources(() -> true, () -> () -> runtime(new long[] {10, 11}), () -> CORE, () -> null).check().up());
    }

    private static ComponentDescriptionDTO resource(String name, boolean resource) {
        ComponentDescriptionDTO description = new ComponentDescriptionDTO();
        description.name = name;
        // as the @JaxrsResource property type writes it
        description.properties = resource ? Map.of("osgi.jaxrs.resource", Boolean.TRUE) : Map.of();
        ReferenceDTO reference = new ReferenceDTO();
        reference.name = "accounts";
        reference.interfaceName = "io.pitstop.accounts.api.AccountService";
        description.references = new ReferenceDTO[] {reference};
        return description;
    }

    private static ComponentConfigurationDTO configuration(int state, String... unsatisfied) {
        ComponentConfigurationDTO configuration = new ComponentConfigurationDTO();
        configuration.state = state;
        configuration.unsatisfiedReferences = new UnsatisfiedReferenceDTO[unsatisfied.length];
        for (int i = 0; i < unsatisfied.length; i++) {
            configuration.unsatisfiedReferences[i] = new UnsatisfiedReferenceDTO();
            configuration.unsatisfiedReferences[i].name = unsatisfied[i];
        }
        return configuration;
    }

    private static ServiceComponentRuntime components(Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> all) {
        return new ServiceComponentRuntime() {
            @Override
            public Collection<ComponentDescriptionDTO> getComponentDescriptionDTOs(Bundle... bundles) {
                return all.keySet();
            }

            @Override
            public ComponentDescriptionDTO getComponentDescriptionDTO(Bundle bundle, String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Collection<ComponentConfigurationDTO> getComponentConfigurationDTOs(ComponentDescriptionDTO description) {
                return all.get(description);
            }

            @Override
            public boolean isComponentEnabled(ComponentDescriptionDTO description) {
                return !all.get(description).isEmpty();
            }

            @Override
            public Promise<Void> enableComponent(ComponentDescriptionDTO description) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Promise<Void> disableComponent(ComponentDescriptionDTO description) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static RuntimeDTO runtime(long[] servedByDefault) {
        RuntimeDTO dto = new RuntimeDTO();
        dto.defaultApplication = application(servedByDefault);
        dto.applicationDTOs = new ApplicationDTO[0];
        dto.failedResourceDTOs = new FailedResourceDTO[0];
        return dto;
    }

    private static ApplicationDTO application(long... ids) {
        ApplicationDTO app = new ApplicationDTO();
        app.resourceDTOs = new ResourceDTO[ids.length];
        for (int i = 0; i < ids.length; i++) {
            app.resourceDTOs[i] = new ResourceDTO();
            app.resourceDTOs[i].serviceId = ids[i];
        }
        return app;
    }
}
