package io.pitstop.timeline.rest;

import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.RecordResolver;
import io.pitstop.core.api.Validation;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import io.pitstop.timeline.api.Timeline;
import io.pitstop.timeline.api.TimelineEntry;
import io.pitstop.timeline.api.TimelineQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/timeline}: what happened with a record, newest first. Who reads it is the record type's own
 * rule ({@link RecordResolver#readable}): an integrator reads a contact's timeline as they read the contact, not an
 * account's. A record whose plugin is gone (no resolver) is read by the staff roles that read records, and still
 * shows what was recorded on it.
 */
@Component(service = TimelineResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {
    @Reference
    private Timeline timeline;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<RecordResolver> resolvers = new CopyOnWriteArrayList<>();

    /** An entry as a client reads it: {@code text} in the first language of Accept-Language recorded, English else. */
    public record Entry(UUID id, String kind, Instant occurredAt, String actor, String text, Map<String, String> texts,
                        List<RecordRef> records, RecordRef link) {
        static Entry of(TimelineEntry e, List<Locale> languages) {
            String text = null;
            for (Locale l : languages) {
                text = e.texts().get(l.getLanguage());
                if (text != null) {
                    break;
                }
            }
            return new Entry(e.id(), e.kind(), e.occurredAt(), e.actor(), text != null ? text : e.text(Locale.ENGLISH), e.texts(),
                    e.records(), e.link());
        }
    }

    @GET
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Page<Entry> find(@QueryParam("recordType") @ApiField(required = true) String recordType,
                            @QueryParam("recordId") @ApiField(required = true, format = ApiField.UUID) String recordId,
                            @QueryParam("kind") String kind,
                            @QueryParam("offset") String offset, @QueryParam("limit") String limit, @Context HttpHeaders headers,
                            @Context SecurityContext security) {
        Params p = new Params();
        Validation v = new Validation();
        RecordRef record = RecordParams.read(p, v, recordType, recordId);
        String k = p.text(kind, "kind");
        PageRequest page = p.page(offset, limit);
        v.check(p::throwIfInvalid);
        v.throwIfInvalid();
        requireReadable(Rest.actor(security), record.type());
        List<Locale> languages = headers.getAcceptableLanguages();
        return timeline.find(new TimelineQuery(record, k, null), page).map(e -> Entry.of(e, languages));
    }

    private void requireReadable(Actor actor, String type) {
        RecordResolver own = resolvers.stream().filter(r -> r.type().equals(type)).findFirst().orElse(null);
        boolean may = own != null ? own.readable(actor)
                : actor.hasAnyRole(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT);
        if (!may) {
            throw new AccessDeniedException("Your roles do not read the timeline of " + type + " records");
        }
    }
}
