package io.pitstop.core.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Rest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
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
        assertEquals(5, ((List<?>) dead.get("parameters")).size());
        Map<String, Object> schema = OpenApiResource.schema(io.pitstop.core.api.FieldError.class);
        assertTrue(((Map<String, Object>) schema.get("properties")).containsKey("message"));
    }

    enum Colour { RED, GREEN }

    record Line(@ApiField(oneOf = "book", format = ApiField.UUID) String accountId,
                @ApiField(oneOf = "book", values = {"bank", "revenue"}) String houseBook,
                @ApiField(required = true, positive = true) BigDecimal amount) {
    }

    record Order(@ApiField(anyOf = "who") String name, @ApiField(anyOf = "who") String nick, @ApiField(newId = true) String ref, Colour colour, List<Line> lines, Set<String> tags, Instant due,
                 @ApiField(valuesOf = Colour.class) String shade, Boolean urgent) {
    }

    @Path("orders")
    public static class Orders {
        @POST
        @Path("{id}")
        @RolesAllowed("admin")
        public void change(@PathParam("id") String id, @HeaderParam(Rest.IDEMPOTENCY_KEY) String key,
                           @QueryParam("when") @ApiField(required = true, format = ApiField.DATE) String when,
                           @QueryParam("note") String note, Order body, @Context SecurityContext security) {
        }
    }

    /** Integrators (and the bad-input suite) build valid requests from this: required fields, formats and values. */
    @Test
    @SuppressWarnings("unchecked")
    public void saysWhatIsRequiredAndWhatIsAccepted() {
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        OpenApiResource.describe(Orders.class, paths);
        Map<String, Object> op = (Map<String, Object>) paths.get("/orders/{id}").get("post");
        Map<String, Map<String, Object>> params = new TreeMap<>();
        for (Map<String, Object> p : (List<Map<String, Object>>) op.get("parameters")) {
            params.put((String) p.get("name"), p);
        }
        assertEquals("the ledger refuses every write without it", true, params.get(Rest.IDEMPOTENCY_KEY).get("required"));
        assertEquals(true, params.get("id").get("required"));
        assertEquals(true, params.get("when").get("required"));
        assertEquals("date", ((Map<String, Object>) params.get("when").get("schema")).get("format"));
        assertEquals(false, params.get("note").get("required"));
        assertEquals("the security context is no parameter", 4, params.size());

        Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
        Map<String, Object> order = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) body.get("content"))
                .get("application/json")).get("schema");
        assertFalse(order.containsKey("required"));
        assertEquals(List.of(List.of("name", "nick")), order.get("x-any-of"));
        assertEquals(false, order.get("additionalProperties"));
        Map<String, Map<String, Object>> props = (Map<String, Map<String, Object>>) order.get("properties");
        assertEquals(List.of("RED", "GREEN"), props.get("colour").get("enum"));
        assertEquals(List.of("RED", "GREEN"), props.get("shade").get("enum"));
        assertEquals("date-time", props.get("due").get("format"));
        assertEquals(true, props.get("tags").get("uniqueItems"));
        assertEquals("boolean", props.get("urgent").get("type"));
        assertEquals(true, props.get("ref").get("x-new-id"));

        Map<String, Object> line = (Map<String, Object>) props.get("lines").get("items");
        assertEquals(List.of("amount"), line.get("required"));
        assertEquals(List.of(List.of("accountId", "houseBook")), line.get("x-one-of"));
        Map<String, Map<String, Object>> lineProps = (Map<String, Map<String, Object>>) line.get("properties");
        assertEquals("uuid", lineProps.get("accountId").get("format"));
        assertEquals(List.of("bank", "revenue"), lineProps.get("houseBook").get("enum"));
        assertEquals("decimal", lineProps.get("amount").get("format"));
        assertEquals(true, lineProps.get("amount").get("exclusiveMinimum"));
        assertFalse(lineProps.get("accountId").containsKey("enum"));
    }
}
