package io.pitstop.core.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.HealthCheck;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.DTOConstants;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

public class ServedResourcesTest {
    private static final Map<Long, String> CORE = Map.of(10L, "HealthResource", 11L, "ContactsResource");

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
        assertFalse(new ServedResources(() -> true, () -> null, () -> CORE).check().up());
        JaxrsServiceRuntime whiteboard = () -> runtime(new long[] {10, 11});
        HealthCheck.Result ok = new ServedResources(() -> true, () -> whiteboard, () -> CORE).check();
        assertTrue(ok.detail(), ok.up());
        // before the boot features are in, a domain resource may not even be registered yet
        assertFalse(new ServedResources(() -> false, () -> whiteboard, () -> CORE).check().up());
        HealthCheck.Result starting = new ServedResources(() -> true, () -> whiteboard,
                () -> Map.of(10L, "HealthResource", 13L, "AccountResource")).check();
        assertFalse(starting.up());
        assertTrue(starting.detail(), starting.detail().contains("AccountResource"));
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
