package io.pitstop.contacts.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import io.pitstop.core.api.Actor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import org.junit.Test;

/** Who may do what: reading for every staff role, writing for record keepers, deleting for admins. */
public class RolesTest {
    private static final Set<String> READ = Set.of(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR);
    private static final Set<String> WRITE = Set.of(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT);
    private static final Set<String> DELETE_CONTACT = Set.of(Actor.ADMIN);

    @Test
    public void everyEndpointNamesItsRoles() {
        Map<String, Set<String>> roles = new TreeMap<>();
        for (Method m : ContactsResource.class.getDeclaredMethods()) {
            boolean endpoint = m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                    || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class);
            if (endpoint && Modifier.isPublic(m.getModifiers())) {
                RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
                assertNotNull(m.getName() + " has no @RolesAllowed", allowed);
                roles.put(m.getName(), Set.of(allowed.value()));
            }
        }
        Map<String, Set<String>> expected = new TreeMap<>();
        for (String read : new String[] {"list", "organizations", "persons", "duplicates", "get", "relations", "history"}) {
            expected.put(read, READ);
        }
        for (String write : new String[] {"createOrganization", "createPerson", "updateOrganization", "updatePerson", "archive",
                "restore", "relate", "unrelate"}) {
            expected.put(write, WRITE);
        }
        expected.put("delete", DELETE_CONTACT);
        // merging rewires a client's accounts and history: the staff who own client records, not every writer
        expected.put("mergePreview", Set.of(Actor.ADMIN, Actor.MANAGER));
        expected.put("merge", Set.of(Actor.ADMIN, Actor.MANAGER));
        assertEquals(expected, roles);
    }
}
