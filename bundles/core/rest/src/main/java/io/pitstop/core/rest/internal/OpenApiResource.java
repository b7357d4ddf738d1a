package io.pitstop.core.rest.internal;

import io.pitstop.core.rest.Rest;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/openapi.json}: an OpenAPI 3 document built from the JAX-RS
 * annotations of every resource currently published, so that a plugin's
 * endpoints appear in it when the plugin is installed and vanish when it goes.
 * Request bodies that are records are described field by field; each
 * operation names the roles that may call it.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("openapi.json")
public class OpenApiResource {
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);
    private final Map<Long, Class<?>> resources = new ConcurrentHashMap<>();
    private ServiceTracker<Object, Class<?>> tracker;

    @Activate
    void activate(BundleContext context) throws InvalidSyntaxException {
        Filter filter = FrameworkUtil.createFilter("(osgi.jaxrs.resource=true)");
        tracker = new ServiceTracker<>(context, filter, null) {
            @Override
            public Class<?> addingService(ServiceReference<Object> ref) {
                // Load the resource class from its bundle instead of getting the service: getting it would
                // instantiate every resource, and getting this resource itself during activation is a cycle.
                String[] names = (String[]) ref.getProperty(Constants.OBJECTCLASS);
                Class<?> type;
                try {
                    type = ref.getBundle().loadClass(names[0]);
                } catch (ClassNotFoundException | RuntimeException e) {
                    return null;
                }
                resources.put((Long) ref.getProperty(Constants.SERVICE_ID), type);
                return type;
            }

            @Override
            public void removedService(ServiceReference<Object> ref, Class<?> type) {
                resources.remove((Long) ref.getProperty(Constants.SERVICE_ID));
            }
        };
        tracker.open(true);
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Pitstop API", "version", "1.0",
                "description", "CRM and billing. Errors are RFC 9457 problem bodies (application/problem+json); "
                        + "their title, detail and field messages follow Accept-Language (ru, en; English by default), "
                        + "their type and field names never change. Writes to the ledger need an Idempotency-Key header. "
                        + "A 503 of type busy (with Retry-After) means the database undid the request to let concurrent work "
                        + "through: nothing was written, send it again (ledger writes with the same Idempotency-Key)."));
        doc.put("servers", List.of(Map.of("url", "/api")));
        doc.put("components", Map.of("securitySchemes", Map.of("basic", Map.of("type", "http", "scheme", "basic"))));
        doc.put("security", List.of(Map.of("basic", List.of())));
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        for (Class<?> type : resources.values()) {
            try {
                describe(type, paths);
            } catch (LinkageError | RuntimeException e) {
                // a bundle being refreshed right now: its resource is leaving, the rest of the document stands
                LOG.debug("Skipped {} in the OpenAPI document", type.getName(), e);
            }
        }
        doc.put("paths", paths);
        return doc;
    }

    static void describe(Class<?> type, Map<String, Map<String, Object>> paths) {
        Path base = type.getAnnotation(Path.class);
        if (base == null) {
            return;
        }
        for (Method m : type.getMethods()) {
            String verb = verb(m);
            if (verb == null) {
                continue;
            }
            Path sub = m.getAnnotation(Path.class);
            String path = "/" + join(base.value(), sub == null ? "" : sub.value());
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("operationId", type.getSimpleName() + "." + m.getName());
            op.put("tags", List.of(path.substring(1).split("/")[0]));
            op.put("x-roles", roles(m, type));
            List<Map<String, Object>> params = new ArrayList<>();
            for (Parameter p : m.getParameters()) {
                Annotation where = null;
                for (Annotation a : p.getAnnotations()) {
                    if (a instanceof PathParam || a instanceof QueryParam || a instanceof HeaderParam) {
                        where = a;
                    }
                }
                if (where instanceof PathParam) {
                    params.add(param(((PathParam) where).value(), "path", p.getType(), true));
                } else if (where instanceof QueryParam) {
                    params.add(param(((QueryParam) where).value(), "query", p.getType(), false));
                } else if (where instanceof HeaderParam) {
                    params.add(param(((HeaderParam) where).value(), "header", p.getType(), false));
                } else if (p.getAnnotations().length == 0) {
                    op.put("requestBody", Map.of("content", Map.of(MediaType.APPLICATION_JSON, Map.of("schema", schema(p.getType())))));
                }
            }
            if (!params.isEmpty()) {
                op.put("parameters", params);
            }
            op.put("responses", Map.of("default", Map.of("description", "JSON, or a problem body on error")));
            paths.computeIfAbsent(path, k -> new TreeMap<>()).put(verb, op);
        }
    }

    private static String join(String a, String b) {
        String s = (a + "/" + b).replaceAll("/+", "/");
        s = s.startsWith("/") ? s.substring(1) : s;
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "get";
        }
        if (m.isAnnotationPresent(POST.class)) {
            return "post";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "put";
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return "delete";
        }
        return null;
    }

    private static List<String> roles(Method m, Class<?> type) {
        if (m.isAnnotationPresent(PermitAll.class)) {
            return List.of("anyone");
        }
        RolesAllowed r = m.getAnnotation(RolesAllowed.class);
        if (r == null) {
            r = type.getAnnotation(RolesAllowed.class);
        }
        return r == null ? List.of() : List.of(r.value());
    }

    private static Map<String, Object> param(String name, String in, Class<?> type, boolean required) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", in);
        p.put("required", required);
        p.put("schema", schema(type));
        return p;
    }

    static Map<String, Object> schema(Class<?> type) {
        if (type == String.class || type.isEnum() || type == java.util.UUID.class) {
            return Map.of("type", "string");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Map.of("type", "integer");
        }
        if (type == BigDecimal.class) {
            return Map.of("type", "number", "multipleOf", 0.01);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (type.getName().startsWith("java.time.")) {
            return Map.of("type", "string", "format", type == java.time.LocalDate.class ? "date" : "date-time");
        }
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type)) {
            return Map.of("type", "array", "items", Map.of());
        }
        if (type.isRecord()) {
            Map<String, Object> props = new LinkedHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                props.put(c.getName(), c.getType() == type ? Map.of("type", "object") : schema(c.getType()));
            }
            return Map.of("type", "object", "additionalProperties", false, "properties", props);
        }
        return Map.of("type", "object");
    }
}
