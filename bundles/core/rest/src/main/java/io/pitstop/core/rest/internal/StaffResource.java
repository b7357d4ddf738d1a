package io.pitstop.core.rest.internal;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.staff.Presence;
import io.pitstop.core.api.staff.StaffAdministration;
import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.core.api.staff.StaffDraft;
import io.pitstop.core.api.staff.StaffGroup;
import io.pitstop.core.api.staff.StaffMember;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import java.net.URI;
import java.util.List;
import java.util.Set;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/staff}: who works here (every staff role reads it, e.g. to pick an assignee) and, for administrators,
 * creating, editing, disabling members, resetting passwords, and creating, editing and disabling groups. Password hashes never leave the
 * server.
 */
@Component(service = StaffResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {
    @Reference
    private StaffDirectory directory;

    @Reference
    private StaffAdministration administration;

    /** A member as clients see them: no secrets. */
    public record Member(String login, String fullName, String email, String extension, String position, Set<String> groups,
                         Set<String> roles, boolean active, String language, String timeZone, Presence presence) {
    }

    /** Body of POST /api/staff. */
    public record NewMember(@ApiField(required = true) String login, @ApiField(required = true) String fullName,
                            @ApiField(required = true) String password, String email, String extension, String position,
                            List<String> groups, List<String> roles, @ApiField(values = {"ru", "en"}) String language,
                            @ApiField(format = ApiField.TIME_ZONE) String timeZone) {
    }

    /** Body of PUT /api/staff/{login}: the member as it should be (fields left out are cleared). */
    public record MemberChange(@ApiField(required = true) String fullName, String email, String extension, String position,
                               List<String> groups, List<String> roles, @ApiField(values = {"ru", "en"}) String language,
                               @ApiField(format = ApiField.TIME_ZONE) String timeZone) {
    }

    /** Body of POST /api/staff/{login}/password. */
    public record NewPassword(@ApiField(required = true) String password) {
    }

    /** Body of POST /api/staff/groups. */
    public record NewGroup(@ApiField(required = true) String code, @ApiField(required = true) String name) {
    }

    /** Body of PUT /api/staff/groups/{code}: the group's name and, when given, exactly its members' logins. */
    public record GroupChange(@ApiField(required = true) String name, List<String> members) {
    }

    /** Body of PUT /api/staff/me/presence. */
    public record PresenceChange(@ApiField(required = true, valuesOf = Presence.class) Presence presence) {
    }

    @GET
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public List<Member> list(@QueryParam("q") String q,
                             @QueryParam("includeDisabled") @ApiField(as = boolean.class) String includeDisabled,
                             @Context SecurityContext security) {
        Params p = new Params();
        String text = p.text(q, "q");
        boolean all = p.flag(includeDisabled, "includeDisabled", false);
        p.throwIfInvalid();
        if (all && !Rest.actor(security).hasAnyRole(Actor.ADMIN)) {
            throw ValidationException.field("includeDisabled", "is for administrators only");
        }
        String needle = text == null ? "" : text.toLowerCase(java.util.Locale.ROOT);
        return directory.members(!all).stream()
                .filter(m -> needle.isEmpty() || m.login().toLowerCase(java.util.Locale.ROOT).contains(needle)
                        || m.fullName().toLowerCase(java.util.Locale.ROOT).contains(needle))
                .map(this::view).toList();
    }

    @GET
    @Path("groups")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public List<StaffGroup> groups() {
        return directory.groups();
    }

    @POST
    @Path("groups")
    @RolesAllowed(Actor.ADMIN)
    public Response createGroup(NewGroup body, @Context SecurityContext security, @Context UriInfo uri) {
        required(body);
        StaffGroup group = administration.createGroup(Rest.actor(security), body.code(), body.name());
        return Response.created(uri.getAbsolutePathBuilder().path(group.code()).build()).entity(group).build();
    }

    @PUT
    @Path("groups/{code}")
    @RolesAllowed(Actor.ADMIN)
    public StaffGroup updateGroup(@PathParam("code") String code, GroupChange body, @Context SecurityContext security) {
        required(body);
        return administration.updateGroup(Rest.actor(security), existingGroup(code), body.name(), body.members());
    }

    @POST
    @Path("groups/{code}/disable")
    @RolesAllowed(Actor.ADMIN)
    public StaffGroup disableGroup(@PathParam("code") String code, @Context SecurityContext security) {
        return administration.setGroupActive(Rest.actor(security), existingGroup(code), false);
    }

    @POST
    @Path("groups/{code}/enable")
    @RolesAllowed(Actor.ADMIN)
    public StaffGroup enableGroup(@PathParam("code") String code, @Context SecurityContext security) {
        return administration.setGroupActive(Rest.actor(security), existingGroup(code), true);
    }

    @GET
    @Path("roles")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Set<String> roles() {
        return directory.roles();
    }

    @PUT
    @Path("me/presence")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Member setPresence(PresenceChange body, @Context SecurityContext security) {
        required(body);
        Actor me = Rest.actor(security);
        administration.setPresence(me, body.presence());
        return find(me.name());
    }

    @GET
    @Path("{login}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Member get(@PathParam("login") String login) {
        return find(login);
    }

    @POST
    @RolesAllowed(Actor.ADMIN)
    public Response create(NewMember body, @Context SecurityContext security, @Context UriInfo uri) {
        required(body);
        StaffMember created = administration.create(Rest.actor(security), body.login(),
                draft(body.fullName(), body.email(), body.extension(), body.position(), body.groups(), body.roles(),
                        body.language(), body.timeZone()), chars(body.password()));
        URI location = uri.getAbsolutePathBuilder().path(created.login()).build();
        return Response.created(location).entity(view(created)).build();
    }

    @PUT
    @Path("{login}")
    @RolesAllowed(Actor.ADMIN)
    public Member update(@PathParam("login") String login, MemberChange body, @Context SecurityContext security) {
        required(body);
        return view(administration.update(Rest.actor(security), existing(login), draft(body.fullName(), body.email(),
                body.extension(), body.position(), body.groups(), body.roles(), body.language(), body.timeZone())));
    }

    @POST
    @Path("{login}/disable")
    @RolesAllowed(Actor.ADMIN)
    public Member disable(@PathParam("login") String login, @Context SecurityContext security) {
        return view(administration.setActive(Rest.actor(security), existing(login), false));
    }

    @POST
    @Path("{login}/enable")
    @RolesAllowed(Actor.ADMIN)
    public Member enable(@PathParam("login") String login, @Context SecurityContext security) {
        return view(administration.setActive(Rest.actor(security), existing(login), true));
    }

    @POST
    @Path("{login}/password")
    @RolesAllowed(Actor.ADMIN)
    public Response resetPassword(@PathParam("login") String login, NewPassword body, @Context SecurityContext security) {
        required(body);
        administration.resetPassword(Rest.actor(security), existing(login), chars(body.password()));
        return Response.noContent().build();
    }

    private Member find(String login) {
        return directory.member(existing(login)).map(this::view).orElseThrow(() -> new NotFoundException("staff member", login));
    }

    /** A group code path parameter; an unknown one is a 404 before anything is tried. */
    private String existingGroup(String code) {
        return existing(code, "code", "staff group", c -> directory.group(c).isPresent());
    }

    /** A login path parameter; an unknown one is a 404 before anything is tried. */
    private String existing(String login) {
        return existing(login, "login", "staff member", l -> directory.member(l).isPresent());
    }

    /** A path parameter by the text rules, naming a record that {@code exists}. */
    private static String existing(String value, String field, String what, java.util.function.Predicate<String> exists) {
        Params p = new Params();
        String checked = p.text(value, field);
        p.throwIfInvalid();
        if (checked == null || !exists.test(checked)) {
            throw new NotFoundException(what, value);
        }
        return checked;
    }

    private Member view(StaffMember m) {
        return new Member(m.login(), m.fullName(), m.email(), m.extension(), m.position(), m.groups(), m.roles(), m.active(),
                m.language().toLanguageTag(), m.timeZone().getId(), directory.presence(m.login()));
    }

    private static StaffDraft draft(String fullName, String email, String extension, String position, List<String> groups,
                                    List<String> roles, String language, String timeZone) {
        List<io.pitstop.core.api.FieldError> errors = new java.util.ArrayList<>();
        Set<String> groupSet = names("groups", groups, errors);
        Set<String> roleSet = names("roles", roles, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new StaffDraft(fullName, email, extension, position, groupSet, roleSet, language, timeZone);
    }

    /** A list of names as a set; an empty or missing item is refused by its place ({@code roles[1]}). */
    private static Set<String> names(String field, List<String> given, List<io.pitstop.core.api.FieldError> errors) {
        Set<String> out = new java.util.TreeSet<>();
        if (given == null) {
            return out;
        }
        for (int i = 0; i < given.size(); i++) {
            String name = given.get(i);
            if (name == null || name.isBlank()) {
                errors.add(new io.pitstop.core.api.FieldError(field + "[" + i + "]", "is required"));
            } else {
                out.add(name);
            }
        }
        return out;
    }

    private static char[] chars(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }

    private static void required(Object body) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
    }
}
