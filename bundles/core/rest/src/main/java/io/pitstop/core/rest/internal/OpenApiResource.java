package io.pitstop.core.rest.internal;

import io.pitstop.core.api.PageRequest;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Request bodies that are records are described field by field (required
 * fields, formats and accepted values as the resources declare them with
 * {@link ApiField}); each operation names the roles that may call it, and an
 * {@code Idempotency-Key} header is required wherever a resource reads it.
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
                ApiField field = p.getAnnotation(ApiField.class);
                if (p.isAnnotationPresent(PathParam.class)) {
                    params.add(param(p.getAnnotation(PathParam.class).value(), "path", p, true, field));
                } else if (p.isAnnotationPresent(QueryParam.class)) {
                    params.add(param(p.getAnnotation(QueryParam.class).value(), "query", p, field != null && field.required(), field));
                } else if (p.isAnnotationPresent(HeaderParam.class)) {
                    String name = p.getAnnotation(HeaderParam.class).value();
                    // every resource that reads the key refuses to go without it (a retry must be recognisable)
                    boolean key = Rest.IDEMPOTENCY_KEY.equalsIgnoreCase(name);
                    Map<String, Object> header = param(name, "header", p, key || field != null && field.required(), field);
                    if (key) {
                        header.put("description", "A unique text the client chooses per operation; repeating the request with the "
                                + "same key answers the first result instead of doing it twice");
                    }
                    params.add(header);
                } else if (isBody(p) && java.io.InputStream.class.isAssignableFrom(p.getType())) {
                    // a file as the body (an upload): any media type, read as bytes
                    op.put("requestBody", Map.of("required", true, "content",
                            Map.of(MediaType.APPLICATION_OCTET_STREAM, Map.of("schema", Map.of("type", "string", "format", "binary")))));
                } else if (isBody(p)) {
                    op.put("requestBody", Map.of("content",
                            Map.of(MediaType.APPLICATION_JSON, Map.of("schema", schema(p.getParameterizedType(), null)))));
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

    /** The entity parameter: the one without a JAX-RS annotation ({@code @Context} and friends are never a body). */
    private static boolean isBody(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            if (a.annotationType().getName().startsWith("javax.ws.rs.")) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> param(String name, String in, Parameter p, boolean required, ApiField field) {
        Map<String, Object> param = new LinkedHashMap<>();
        param.put("name", name);
        param.put("in", in);
        param.put("required", required);
        if ("query".equals(in) && (Params.OFFSET.equals(name) || Params.LIMIT.equals(name))) {
            // every list pages through Params: these are its names and ranges, whatever the Java parameter's type
            param.put("schema", Params.OFFSET.equals(name)
                    ? Map.of("type", "integer", "format", "int32", "minimum", 0, "default", 0)
                    : Map.of("type", "integer", "format", "int32", "minimum", 1, "maximum", PageRequest.MAX_LIMIT,
                            "default", PageRequest.DEFAULT_LIMIT));
        } else {
            param.put("schema", schema(field != null && field.as() != Void.class ? field.as() : p.getParameterizedType(), field));
        }
        return param;
    }

    static Map<String, Object> schema(Class<?> type) {
        return schema(type, null);
    }

    /** The schema of a Java type, with what {@link ApiField} adds (format, accepted values, minimum). */
    static Map<String, Object> schema(Type generic, ApiField field) {
        Class<?> type = raw(generic);
        Map<String, Object> s = new LinkedHashMap<>();
        if (type == String.class || type == java.util.UUID.class) {
            s.put("type", "string");
            if (type == java.util.UUID.class) {
                s.put("format", ApiField.UUID);
            }
        } else if (type.isEnum()) {
            s.put("type", "string");
            s.put("enum", names(type));
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            s.put("type", "integer");
            s.put("format", type == int.class || type == Integer.class ? "int32" : "int64");
        } else if (type == BigDecimal.class) {
            // an amount: a JSON number with at most two decimals
            s.put("type", "number");
            s.put("format", "decimal");
            s.put("multipleOf", 0.01);
        } else if (type == boolean.class || type == Boolean.class) {
            s.put("type", "boolean");
        } else if (type.getName().startsWith("java.time.")) {
            s.put("type", "string");
            s.put("format", type == java.time.LocalDate.class ? "date" : "date-time");
        } else if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
            s.put("type", "array");
            s.put("items", generic instanceof ParameterizedType pt ? schema(pt.getActualTypeArguments()[0], null) : Map.of());
            if (Set.class.isAssignableFrom(type)) {
                s.put("uniqueItems", true);
            }
        } else if (type.isRecord()) {
            return record(type);
        } else {
            s.put("type", "object");
        }
        if (field != null) {
            if (!field.format().isEmpty()) {
                s.put("format", field.format());
            }
            if (field.values().length > 0) {
                s.put("enum", List.of(field.values()));
            } else if (field.valuesOf().isEnum()) {
                s.put("enum", names(field.valuesOf()));
            }
            if (field.newId()) {
                s.put("x-new-id", true);
            }
            if (field.positive()) {
                s.put("minimum", 0);
                s.put("exclusiveMinimum", true);
            }
        }
        return s;
    }

    /**
     * A record body: its fields, which of them are required, and the groups of alternatives: exactly one of each
     * {@code x-one-of} group, at least one of each {@code x-any-of} group.
     */
    private static Map<String, Object> record(Class<?> type) {
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, List<String>> anyOf = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            ApiField field = c.getAnnotation(ApiField.class);
            props.put(c.getName(), c.getType() == type ? Map.of("type", "object") : schema(c.getGenericType(), field));
            if (field != null && field.required()) {
                required.add(c.getName());
            }
            if (field != null && !field.oneOf().isEmpty()) {
                groups.computeIfAbsent(field.oneOf(), k -> new ArrayList<>()).add(c.getName());
            }
            if (field != null && !field.anyOf().isEmpty()) {
                anyOf.computeIfAbsent(field.anyOf(), k -> new ArrayList<>()).add(c.getName());
            }
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        s.put("additionalProperties", false);
        s.put("properties", props);
        if (!required.isEmpty()) {
            s.put("required", required);
        }
        if (!groups.isEmpty()) {
            s.put("x-one-of", List.copyOf(groups.values()));
        }
        if (!anyOf.isEmpty()) {
            s.put("x-any-of", List.copyOf(anyOf.values()));
        }
        return s;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static List<String> names(Class<?> enumType) {
        List<String> names = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return names;
    }
}
