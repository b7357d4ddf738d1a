package io.pitstop.core.rest.internal;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import javax.annotation.Priority;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Enforces {@code @RolesAllowed} on every resource method. A method with
 * neither {@code @RolesAllowed} nor {@code @PermitAll} (on itself or its
 * class) is refused to everyone: forgetting the annotation must fail closed.
 */
@Component(service = DynamicFeature.class)
@JaxrsExtension
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
@JaxrsName("pitstop.roles")
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Method method = info.getResourceMethod();
        Class<?> type = info.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !method.isAnnotationPresent(PermitAll.class)) {
            allowed = type.getAnnotation(RolesAllowed.class);
            if (allowed == null && type.isAnnotationPresent(PermitAll.class)) {
                return;
            }
        }
        context.register(new Filter(allowed == null ? List.of() : Arrays.asList(allowed.value())));
    }

    static Response unauthorized(String detail) {
        return Problems.builder(401, "unauthorized", "Authentication required", detail, null, null)
                .header("WWW-Authenticate", "Basic realm=\"pitstop\", charset=\"UTF-8\"").build();
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Filter implements ContainerRequestFilter {
        private final List<String> roles;

        Filter(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security == null || security.getUserPrincipal() == null) {
                request.abortWith(unauthorized("Log in with HTTP Basic credentials of the pitstop realm"));
                return;
            }
            for (String role : roles) {
                if (security.isUserInRole(role)) {
                    return;
                }
            }
            request.abortWith(Problems.problem(403, "forbidden", "Forbidden",
                    "This action needs one of the roles " + roles, null, null));
        }
    }
}
