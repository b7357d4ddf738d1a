package io.pitstop.core.rest;

import static org.junit.Assert.assertEquals;

import io.pitstop.core.api.Actor;
import io.pitstop.core.rest.internal.CallerPrincipal;
import java.security.Principal;
import java.util.Set;
import javax.ws.rs.core.SecurityContext;
import org.junit.Test;

public class RestActorTest {
    private static SecurityContext context(Principal principal, Set<String> roles) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return roles.contains(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }

    @Test
    public void aRoleDeclaredByAPluginReachesTheResource() {
        Actor operator = new Actor("petrova", Set.of("manager", "sample-operator"));
        assertEquals(operator, Rest.actor(context(new CallerPrincipal(operator), operator.roles())));
    }

    @Test
    public void anotherPrincipalIsAskedForTheCoreRoles() {
        Principal plain = () -> "petrova";
        assertEquals(new Actor("petrova", Set.of("manager")),
                Rest.actor(context(plain, Set.of("manager", "sample-operator"))));
    }
}
