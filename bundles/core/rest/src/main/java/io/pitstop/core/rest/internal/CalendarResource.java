package io.pitstop.core.rest.internal;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.time.BusinessCalendar;
import io.pitstop.core.api.time.BusinessDay;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/calendar}: the business calendar's working days, for every signed-in role. */
@Component(service = CalendarResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {
    /** The longest span one request may list: two years and a day. */
    static final int MAX_SPAN_DAYS = 732;

    @Reference
    private BusinessCalendar calendar;

    /** Answer of GET /api/calendar/working-days. */
    public record WorkingDays(LocalDate from, LocalDate to, int count, List<LocalDate> days) {
    }

    @GET
    @Path("working-days")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public WorkingDays workingDays(@QueryParam("from") @ApiField(required = true, format = ApiField.DATE) String from,
                                   @QueryParam("to") @ApiField(required = true, format = ApiField.DATE) String to) {
        Params p = new Params();
        String f = p.text(from, "from");
        String t = p.text(to, "to");
        p.throwIfInvalid();
        LocalDate start = date(f, "from");
        LocalDate end = date(t, "to");
        if (end.isBefore(start)) {
            throw ValidationException.field("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_SPAN_DAYS) {
            throw ValidationException.field("to", "must be less than " + MAX_SPAN_DAYS + " days after from");
        }
        List<LocalDate> days = calendar.workingDays(start, end);
        return new WorkingDays(start, end, days.size(), days);
    }

    @GET
    @Path("days/{date}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public BusinessDay day(@PathParam("date") @ApiField(format = ApiField.DATE) String date) {
        Params p = new Params();
        String d = p.text(date, "date");
        p.throwIfInvalid();
        return calendar.describe(date(d, "date"));
    }

    static LocalDate date(String text, String field) {
        if (text == null) {
            throw ValidationException.field(field, "is required: a date such as 2026-01-12");
        }
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeException e) {
            // answered below like any other text that is not a date
        }
        throw ValidationException.field(field, "must be a date such as 2026-01-12");
    }
}
