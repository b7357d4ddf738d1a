package io.pitstop.contacts.rest.internal;

import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.DuplicateHint;
import io.pitstop.contacts.api.Relation;
import io.pitstop.contacts.api.SavedContact;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import java.net.URI;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
 * /api/contacts: organisations and persons, their relations and history.
 * Reading is open to every staff role; creating and changing to those who
 * keep client records (admin, manager, accountant); deleting to admins only,
 * everyone else archives.
 */
@Component(service = ContactsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactsResource {
    @Reference
    private ContactService contacts;

    @Reference
    private AuditService audit;

    public ContactsResource() {
    }

    ContactsResource(ContactService contacts, AuditService audit) {
        this.contacts = contacts;
        this.audit = audit;
    }

    // --- lists ------------------------------------------------------------------------------------------------

    /**
     * Active contacts unless {@code status} says ARCHIVED or ANY; {@code q} is a name prefix, phone, e-mail, INN or OGRN;
     * {@code responsible} a staff login, or {@code me} for the caller («только мои клиенты»).
     */
    @GET
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Page<Contact> list(@QueryParam("q") String q, @QueryParam("kind") String kind, @QueryParam("status") String status,
                              @QueryParam("tag") String tag, @QueryParam("offset") String offset,
                              @QueryParam("limit") String limit, @QueryParam("sort") String sort,
                              @QueryParam("responsible") String responsible, @Context SecurityContext security) {
        ListParams p = ListParams.parse(q, kind, status, tag, offset, limit, sort, responsible,
                security == null || security.getUserPrincipal() == null ? null : Rest.actor(security).name());
        return contacts.search(p.query(), p.page());
    }

    @GET
    @Path("organizations")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Page<Contact> organizations(@QueryParam("q") String q, @QueryParam("status") String status,
                                       @QueryParam("tag") String tag, @QueryParam("offset") String offset,
                                       @QueryParam("limit") String limit, @QueryParam("sort") String sort) {
        return list(q, ContactKind.ORGANIZATION.name(), status, tag, offset, limit, sort, null, null);
    }

    @GET
    @Path("persons")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Page<Contact> persons(@QueryParam("q") String q, @QueryParam("status") String status,
                                 @QueryParam("tag") String tag, @QueryParam("offset") String offset,
                                 @QueryParam("limit") String limit, @QueryParam("sort") String sort) {
        return list(q, ContactKind.PERSON.name(), status, tag, offset, limit, sort, null, null);
    }

    /** Contacts that already have one of these phones or e-mails (any writing), e.g. while a form is being filled in. */
    @GET
    @Path("duplicates")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public List<DuplicateHint> duplicates(@QueryParam("phone") List<String> phones, @QueryParam("email") List<String> emails,
                                          @QueryParam("except") String except) {
        Params p = new Params();
        List<String> phoneTexts = phones.stream().map(phone -> p.text(phone, "phone")).toList();
        List<String> emailTexts = emails.stream().map(email -> p.text(email, "email")).toList();
        p.throwIfInvalid();
        ContactId exceptId = except == null || except.isEmpty() ? null : new ContactId(TypedId.parse(except, "except"));
        return contacts.possibleDuplicates(phoneTexts, emailTexts, exceptId);
    }

    // --- one contact ------------------------------------------------------------------------------------------

    @GET
    @Path("{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Contact get(@PathParam("id") String id) {
        return contacts.get(ContactId.parse(id));
    }

    @POST
    @Path("organizations")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT})
    public Response createOrganization(Requests.NewOrganization body, @Context SecurityContext security, @Context UriInfo uri) {
        return created(uri, contacts.createOrganization(Rest.actor(security), Requests.present(body).draft()));
    }

    @POST
    @Path("persons")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT})
    public Response createPerson(Requests.NewPerson body, @Context SecurityContext security, @Context UriInfo uri) {
        return created(uri, contacts.createPerson(Rest.actor(security), Requests.present(body).draft()));
    }

    @PUT
    @Path("organizations/{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT})
    public Views.Saved updateOrganization(@PathParam("id") String id, Requests.ChangedOrganization body,
                                          @Context SecurityContext security) {
        ContactId contactId = ContactId.parse(id);
        Requests.ChangedOrganization b = Requests.present(body);
        return Views.Saved.of(contacts.updateOrganization(Rest.actor(security), contactId, b.draft(), Requests.version(b.version())));
    }

    @PUT
    @Path("persons/{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT})
    public Views.Saved updatePerson(@PathParam("id") String id, Requests.ChangedPerson body, @Context SecurityContext security) {
        ContactId contactId = ContactId.parse(id);
        Requests.ChangedPerson b = Requests.present(body);
        return Views.Saved.of(contacts.updatePerson(Rest.actor(security), contactId, b.draft(), Requests.version(b.version())));
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT})
    public Contact archive(@PathParam("id") String id, @Context SecurityContext security) {
        return contacts.archive(Rest.actor(security), ContactId.parse(id));
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT})
    public Contact restore(@PathParam("id") String id, @Context SecurityContext security) {
        return contacts.restore(Rest.actor(security), ContactId.parse(id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Actor.ADMIN)
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        contacts.delete(Rest.actor(security), ContactId.parse(id));
        return Response.noContent().build();
    }

    // --- relations and history --------------------------------------------------------------------------------

    @GET
    @Path("{id}/relations")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public List<Relation> relations(@PathParam("id") String id) {
        return contacts.relations(ContactId.parse(id));
    }

    @POST
    @Path("{id}/relations")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT})
    public Response relate(@PathParam("id") String id, Requests.NewRelation body, @Context SecurityContext security,
                           @Context UriInfo uri) {
        ContactId from = ContactId.parse(id);
        Requests.NewRelation b = Requests.present(body);
        Relation relation = contacts.relate(Rest.actor(security), from, b.type(), b.toId(), b.position());
        URI location = uri.getBaseUriBuilder().path("contacts").path(from.toString()).path("relations").build();
        return Response.created(location).entity(relation).build();
    }

    @DELETE
    @Path("relations/{relationId}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT})
    public Response unrelate(@PathParam("relationId") String relationId, @Context SecurityContext security) {
        contacts.unrelate(Rest.actor(security), TypedId.parse(relationId, "relationId"));
        return Response.noContent().build();
    }

    /** Newest first. A deleted contact's history stays readable; an id that never existed is a 404. */
    @GET
    @Path("{id}/audit")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Page<Views.Audit> history(@PathParam("id") String id, @QueryParam("offset") String offset,
                                     @QueryParam("limit") String limit) {
        ContactId contactId = ContactId.parse(id);
        Page<Views.Audit> page = audit.history(contactId.ref(), ListParams.page(offset, limit)).map(Views.Audit::of);
        if (page.total() == 0) {
            contacts.get(contactId); // 404 unless the contact exists and simply has no history yet
        }
        return page;
    }

    private static Response created(UriInfo uri, SavedContact saved) {
        URI location = uri.getBaseUriBuilder().path("contacts").path(saved.contact().id().toString()).build();
        return Response.created(location).entity(Views.Saved.of(saved)).build();
    }
}
