package io.pitstop.core.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;

public class OpenApiResourceTest {
    @Test
    @SuppressWarnings("unchecked")
    public void describesPathsRolesAndRecordBodies() {
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        OpenApiResource.describe(HealthResource.class, paths);
        OpenApiResource.describe(DeadLetterResource.class, paths);
        Map<String, Object> health = (Map<String, Object>) paths.get("/health").get("get");
        assertEquals(List.of("anyone"), health.get("x-roles"));
        Map<String, Object> dead = (Map<String, Object>) paths.get("/dead-letters").get("get");
        assertEquals(List.of("admin", "integrator"), dead.get("x-roles"));
        assertEquals(3, ((List<?>) dead.get("parameters")).size());
        Map<String, Object> schema = OpenApiResource.schema(io.pitstop.core.api.FieldError.class);
        assertTrue(((Map<String, Object>) schema.get("properties")).containsKey("message"));
    }
}
