package io.pitstop.ticketing.impl;

import io.pitstop.attachments.api.AttachmentService;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.PersonDraft;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.core.api.staff.StaffMember;
import io.pitstop.core.api.time.BusinessCalendar;
import io.pitstop.core.api.time.Clock;
import io.pitstop.notifications.api.Message;
import io.pitstop.notifications.api.NotificationEvent;
import io.pitstop.notifications.api.Notifications;
import io.pitstop.notifications.api.Recipient;
import io.pitstop.ticketing.api.InboundMail;
import io.pitstop.ticketing.api.MailOutcome;
import io.pitstop.ticketing.api.SlaState;
import io.pitstop.ticketing.api.Ticket;
import io.pitstop.ticketing.api.TicketDraft;
import io.pitstop.ticketing.api.TicketEvents;
import io.pitstop.ticketing.api.TicketMessage;
import io.pitstop.ticketing.api.TicketQuery;
import io.pitstop.ticketing.api.TicketService;
import io.pitstop.ticketing.api.TicketStatus;
import io.pitstop.ticketing.api.Urgency;
import io.pitstop.timeline.api.EntryDraft;
import io.pitstop.timeline.api.Timeline;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tickets on plain JDBC inside {@link Transactions}: each change is written with its audit record, its timeline
 * entry on the client's card and its domain event in one transaction. A staff reply is raised as the notification
 * {@code ticket.reply} in that transaction too, so it is mailed exactly when the reply is stored. The SLA targets
 * come from {@code etc/io.pitstop.ticketing.cfg} ({@link TicketSettings}).
 */
@Component(service = TicketService.class, configurationPid = TicketServiceImpl.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class TicketServiceImpl implements TicketService {
    static final String PID = "io.pitstop.ticketing";
    /** The plugin's timeline kind. */
    static final String KIND = "ticketing.ticket";
    static final int REPLY_LENGTH = 9_000;
    private static final Logger LOG = LoggerFactory.getLogger(TicketServiceImpl.class);
    private static final Actor MAILBOX = Actor.system("ticketing-mail");

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private AuditService audit;

    @Reference
    private DomainEvents events;

    @Reference
    private Timeline timeline;

    @Reference
    private ContactService contacts;

    @Reference
    private StaffDirectory staff;

    @Reference
    private AttachmentService attachments;

    @Reference
    private Notifications notifications;

    @Reference
    private Clock clock;

    @Reference
    private BusinessCalendar calendar;

    @Reference
    private TicketingSchema schema;

    private volatile TicketSettings settings = new TicketSettings(Map.of());

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        settings = new TicketSettings(properties);
    }

    @Override
    public Ticket open(Actor actor, TicketDraft draft) {
        if (draft == null) {
            throw ValidationException.field("body", "is required");
        }
        Validation v = new Validation();
        v.required(draft.contactId(), "contactId");
        v.required(draft.subject(), "subject").maxLength(draft.subject(), SUBJECT_LENGTH, "subject");
        v.required(draft.body(), "body").maxLength(draft.body(), REPLY_LENGTH, "body");
        v.required(draft.department(), "department");
        if (draft.department() != null && !draft.department().isBlank() && staff.group(draft.department()).isEmpty()) {
            v.require(false, "department", "is not a staff group");
        }
        Contact contact = null;
        if (draft.contactId() != null) {
            try {
                contact = contacts.get(new ContactId(draft.contactId()));
            } catch (NotFoundException e) {
                v.require(false, "contactId", "no contact with id " + draft.contactId());
            }
        }
        v.throwIfInvalid();
        Contact client = contact;
        String email = client.emails().isEmpty() ? null : client.emails().get(0);
        Instant now = now();
        return write(rows -> {
            TicketRows.Row t = new TicketRows.Row(UUID.randomUUID(), rows.nextNumber(), client.id().value(),
                    draft.subject().strip(), draft.department(), null,
                    draft.urgency() == null ? Urgency.MEDIUM : draft.urgency(), TicketStatus.OPEN, "staff", email,
                    false, now, now, null, null, 0);
            rows.insert(t);
            // seed 002: the first letter goes to the client; later ones come back to the ticket as answers
            TicketMessage first = message(t.id(), TicketMessage.Kind.OUT, actor.name(), draft.body().strip(), false, null, now);
            rows.insertMessage(first);
            audit.record(actor, ref(t), "CREATE", Map.of(), summary(t));
            entry(t, actor.name(), now, "Ticket " + reference(t) + " opened: " + t.subject());
            publish(TicketEvents.OPENED, t, Map.of());
            if (email != null) {
                mail(rows, t, first);
            }
            return view(t, now);
        });
    }

    @Override
    public Ticket get(UUID id) {
        Instant now = now();
        return read(rows -> view(row(rows, id), now));
    }

    @Override
    public Page<Ticket> find(TicketQuery query, PageRequest page) {
        TicketQuery q = query == null ? TicketQuery.all() : query;
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.status() != null) {
            where.append(" AND status = ?");
            args.add(q.status().name());
        }
        if (q.awaitingReply()) {
            where.append(" AND status IN ('OPEN', 'IN_PROGRESS', 'CLIENT_REPLIED')");
        }
        if (q.department() != null) {
            where.append(" AND department = ?");
            args.add(q.department());
        }
        if (q.assignee() != null) {
            where.append(" AND assignee = ?");
            args.add(q.assignee());
        }
        if (q.contactId() != null) {
            where.append(" AND contact_id = ?");
            args.add(q.contactId().toString());
        }
        Instant now = now();
        return read(rows -> {
            if (q.breached()) {
                // SLA time depends on each department's clock and the moment: counted here over the open tickets
                List<Ticket> breached = rows.select(where + " AND status <> 'CLOSED'", args, "", 0, 100_000).stream()
                        .map(r -> view(r, now)).filter(t -> t.sla().breached()).toList();
                int to = Math.min(breached.size(), page.offset() + page.limit());
                return new Page<>(page.offset() >= breached.size() ? List.of() : breached.subList(page.offset(), to),
                        breached.size(), page.offset(), page.limit());
            }
            List<Ticket> items = rows.select(where.toString(), args, "", page.offset(), page.limit()).stream()
                    .map(r -> view(r, now)).toList();
            return new Page<>(items, rows.count(where.toString(), args), page.offset(), page.limit());
        });
    }

    @Override
    public List<TicketMessage> thread(UUID id) {
        return read(rows -> {
            row(rows, id);
            return rows.messages("WHERE ticket_id = ?", List.of(id.toString()), "ORDER BY created_at, id");
        });
    }

    @Override
    public List<TicketMessage> importantNotes(UUID contactId) {
        return read(rows -> rows.messages("WHERE important = TRUE AND ticket_id IN (SELECT id FROM ticketing_ticket "
                + "WHERE contact_id = ?)", List.of(contactId.toString()), "ORDER BY created_at DESC"));
    }

    @Override
    public TicketMessage reply(Actor actor, UUID id, String body) {
        String text = text(body, "body", REPLY_LENGTH);
        Instant now = now();
        return write(rows -> {
            TicketRows.Row before = row(rows, id);
            if (before.clientEmail() == null) {
                throw new BusinessRuleException("ticket-no-address", "The client of ticket " + reference(before)
                        + " has no e-mail address to answer to");
            }
            TicketMessage m = message(id, TicketMessage.Kind.OUT, actor.name(), text, false, null, now);
            rows.insertMessage(m);
            TicketRows.Row after = with(before, before.department(), before.assignee(), TicketStatus.ANSWERED, now);
            save(rows, before, after);
            audit.record(actor, ref(after), "REPLY", Map.of("status", before.status().code()),
                    Map.of("status", after.status().code(), "message", m.id().toString()));
            entry(after, actor.name(), now, "Reply to ticket " + reference(after) + " sent");
            publish(TicketEvents.REPLIED, after, Map.of());
            return mail(rows, after, m);
        });
    }

    @Override
    public TicketMessage note(Actor actor, UUID id, String body, boolean important) {
        String text = text(body, "body", BODY_LENGTH);
        Instant now = now();
        return write(rows -> {
            TicketRows.Row t = row(rows, id);
            TicketMessage m = message(id, TicketMessage.Kind.NOTE, actor.name(), text, important, null, now);
            rows.insertMessage(m);
            audit.record(actor, ref(t), "NOTE", Map.of(), Map.of("message", m.id().toString(), "important", important));
            if (important) {
                // seed 002: old requisites kept as an important note belong on the client's card
                entry(t, actor.name(), now, "Important note on ticket " + reference(t) + ": " + abbreviated(text));
            }
            publish(TicketEvents.NOTE, t, Map.of("important", important));
            return m;
        });
    }

    @Override
    public Ticket changeStatus(Actor actor, UUID id, TicketStatus status) {
        if (status == null) {
            throw ValidationException.field("status", "is required");
        }
        Instant now = now();
        return write(rows -> {
            TicketRows.Row before = row(rows, id);
            if (before.status() == status) {
                return view(before, now);
            }
            TicketRows.Row after = with(before, before.department(), before.assignee(), status, now);
            save(rows, before, after);
            audit.record(actor, ref(after), "STATUS", Map.of("status", before.status().code()),
                    Map.of("status", status.code()));
            entry(after, actor.name(), now, "Ticket " + reference(after) + ": " + before.status().code() + " → " + status.code());
            publish(TicketEvents.STATUS, after, Map.of("from", before.status().code(), "to", status.code()));
            return view(after, now);
        });
    }

    @Override
    public Ticket transfer(Actor actor, UUID id, String department, String assignee, String reason) {
        Validation v = new Validation();
        v.required(department, "department");
        if (department != null && !department.isBlank() && staff.group(department).isEmpty()) {
            v.require(false, "department", "is not a staff group");
        }
        String person = assignee == null || assignee.isBlank() ? null : assignee.strip();
        if (person != null) {
            Optional<StaffMember> m = staff.member(person);
            v.require(m.isPresent() && m.get().active(), "assignee", "is not an active member of staff");
        }
        v.required(reason, "reason").maxLength(reason, REASON_LENGTH, "reason");
        v.throwIfInvalid();
        Instant now = now();
        return write(rows -> {
            TicketRows.Row before = row(rows, id);
            TicketRows.Row after = with(before, department, person, before.status(), now);
            save(rows, before, after);
            Map<String, Object> was = new LinkedHashMap<>();
            was.put("department", before.department());
            was.put("assignee", before.assignee() == null ? "" : before.assignee());
            audit.record(actor, ref(after), "TRANSFER", was, Map.of("department", department,
                    "assignee", person == null ? "" : person, "reason", reason.strip()));
            rows.insertMessage(message(id, TicketMessage.Kind.NOTE, actor.name(), "Transferred to " + department
                    + (person == null ? "" : " / " + person) + ": " + reason.strip(), false, null, now));
            entry(after, actor.name(), now, "Ticket " + reference(after) + " transferred to " + department);
            publish(TicketEvents.TRANSFERRED, after, Map.of("reason", reason.strip(), "assignee", person == null ? "" : person));
            return view(after, now);
        });
    }

    @Override
    public MailOutcome receive(InboundMail mail) {
        if (mail.messageId() == null || mail.messageId().isBlank()) {
            throw new IllegalArgumentException("a mail without a Message-ID reached the tickets; the route names one");
        }
        Instant now = now();
        if (mail.machine() != null) {
            write(rows -> rows.markSeen(mail.messageId(), null, "IGNORED", now));
            LOG.info("Mail {} from {} to mailbox {} is not a ticket: {}", mail.messageId(), mail.from(), mail.mailbox(),
                    mail.machine());
            return new MailOutcome(MailOutcome.Result.IGNORED, null, mail.machine());
        }
        MailOutcome outcome = write(rows -> {
            Optional<TicketRows.Row> existing = threadOf(rows, mail);
            MailOutcome.Result result = existing.isPresent() ? MailOutcome.Result.APPENDED : MailOutcome.Result.CREATED;
            if (!rows.markSeen(mail.messageId(), existing.map(TicketRows.Row::id).orElse(null), result.name(), now)) {
                return new MailOutcome(MailOutcome.Result.DUPLICATE, null, "read before");
            }
            String from = mail.from() == null ? "" : mail.from().strip().toLowerCase(Locale.ROOT);
            String body = mail.text() == null || mail.text().isBlank() ? "(no text)" : clip(mail.text(), BODY_LENGTH);
            TicketMessage in;
            TicketRows.Row t;
            if (existing.isPresent()) {
                TicketRows.Row before = existing.get();
                // seed 002: a client's answer to an answered or closed ticket makes it need work again
                TicketStatus next = switch (before.status()) {
                    case ANSWERED, ON_HOLD -> TicketStatus.CLIENT_REPLIED;
                    case CLOSED -> TicketStatus.OPEN;
                    default -> before.status();
                };
                t = with(before, before.department(), before.assignee(), next, now);
                save(rows, before, t);
                in = message(t.id(), TicketMessage.Kind.IN, from, body, false, mail.messageId(), now);
                rows.insertMessage(in);
                boolean own = contacts.get(new ContactId(t.contactId())).emails().stream().anyMatch(from::equalsIgnoreCase);
                if (!own) {
                    rows.insertMessage(message(t.id(), TicketMessage.Kind.NOTE, MAILBOX.name(), "The sender " + from
                            + " is not an e-mail on the client's profile: check before acting on it", false, null, now));
                }
                audit.record(MAILBOX, ref(t), "MAIL", Map.of("status", before.status().code()),
                        Map.of("status", next.code(), "from", from));
                entry(t, from, now, "Client wrote on ticket " + reference(t));
                publish(TicketEvents.CLIENT_MESSAGE, t, Map.of("from", before.status().code(), "to", next.code()));
            } else {
                Optional<Contact> known = sender(from);
                boolean review = known.isEmpty();
                Contact client = known.orElseGet(() -> lead(from, mail.fromName()));
                String department = mail.department() != null && staff.group(mail.department()).isPresent()
                        ? mail.department() : settings.defaultDepartment();
                String subject = mail.subject() == null || mail.subject().isBlank() ? "(no subject)"
                        : clip(mail.subject().strip(), SUBJECT_LENGTH);
                t = new TicketRows.Row(UUID.randomUUID(), rows.nextNumber(), client.id().value(), subject, department,
                        null, Urgency.MEDIUM, TicketStatus.OPEN, "email", from, review, now, now, null, null, 0);
                rows.insert(t);
                in = message(t.id(), TicketMessage.Kind.IN, from, body, false, mail.messageId(), now);
                rows.insertMessage(in);
                audit.record(MAILBOX, ref(t), "CREATE", Map.of(), summary(t));
                entry(t, from, now, "Ticket " + reference(t) + " opened: " + t.subject());
                publish(TicketEvents.OPENED, t, Map.of());
            }
            return new MailOutcome(result, t.id(), null);
        });
        if (outcome.ticketId() != null) {
            attach(outcome.ticketId(), mail);
        }
        return outcome;
    }

    @Override
    public long awaitingReply() {
        return read(rows -> rows.count("WHERE status IN ('OPEN', 'IN_PROGRESS', 'CLIENT_REPLIED')", List.of()));
    }

    /** The ticket a mail answers: its subject's {@code [#N]} first, then the threading headers. */
    private static Optional<TicketRows.Row> threadOf(TicketRows rows, InboundMail mail) throws java.sql.SQLException {
        OptionalLong number = Threading.reference(mail.subject());
        if (number.isPresent()) {
            Optional<TicketRows.Row> t = rows.byNumber(number.getAsLong());
            if (t.isPresent()) {
                return t;
            }
        }
        Optional<UUID> byHeaders = rows.ticketOfMail(mail.references());
        return byHeaders.isPresent() ? rows.find(byHeaders.get()) : Optional.empty();
    }

    /** The active contact with exactly this e-mail on its profile. */
    private Optional<Contact> sender(String email) {
        if (email.isBlank()) {
            return Optional.empty();
        }
        return contacts.find(new ContactQuery(email, null, io.pitstop.contacts.api.ContactStatus.ACTIVE, null),
                PageRequest.first(10)).stream()
                .filter(c -> c.emails().stream().anyMatch(email::equalsIgnoreCase)).findFirst();
    }

    /** An unknown sender becomes a lead, tagged for review (seed 002: changes only from the profile's address). */
    private Contact lead(String email, String name) {
        String display = name == null || name.isBlank() ? email : name.strip();
        List<String> emails = email.isBlank() ? List.of() : List.of(email);
        return contacts.createPerson(MAILBOX, new PersonDraft(clip(display, 100), null, null, null, null,
                List.of(), emails, List.of(), Set.of("lead", "ticket-review"),
                "Wrote to support from an address no contact had; check who this is")).contact();
    }

    /**
     * Stores the mail's files on the ticket, each in a transaction of its own after the ticket's: a file the
     * attachments service refuses (too big, a type not allowed) leaves a note in the thread instead of losing the mail.
     */
    private void attach(UUID ticketId, InboundMail mail) {
        for (InboundMail.Attachment a : mail.attachments()) {
            try {
                attachments.attach(MAILBOX, new io.pitstop.core.api.RecordRef(Ticket.TYPE, ticketId), a.name(),
                        a.contentType(), new ByteArrayInputStream(a.content()));
            } catch (RuntimeException e) {
                LOG.warn("Attachment {} of mail {} refused: {}", a.name(), mail.messageId(), e.getMessage());
                Instant now = now();
                write(rows -> {
                    rows.insertMessage(message(ticketId, TicketMessage.Kind.NOTE, MAILBOX.name(), "The attachment "
                            + a.name() + " of the client's mail was not kept: " + e.getMessage(), false, null, now));
                    return null;
                });
            }
        }
    }

    /** Raises the reply as a notification; the journal's message is the delivery status shown in the thread. */
    private TicketMessage mail(TicketRows rows, TicketRows.Row t, TicketMessage m) throws java.sql.SQLException {
        List<Message> queued = notifications.raise(new NotificationEvent("ticket-reply:" + m.id(), ReplyMail.EVENT_TYPE,
                ref(t), Map.of("number", Long.toString(t.number()), "subject", Threading.replySubject(t.subject(), t.number()),
                "body", m.body()), List.of(Recipient.address(t.clientEmail()))));
        if (queued.isEmpty()) {
            LOG.warn("Reply on ticket {} stored, but no e-mail rule sends it: is pitstop-notifications-mail installed?",
                    reference(t));
            return m;
        }
        String delivery = queued.get(0).id().toString();
        rows.setDelivery(m.id(), delivery);
        return new TicketMessage(m.id(), m.ticketId(), m.kind(), m.author(), m.body(), m.important(), m.mailId(),
                delivery, m.createdAt());
    }

    private static TicketRows.Row row(TicketRows rows, UUID id) throws java.sql.SQLException {
        return rows.find(id).orElseThrow(() -> new NotFoundException(Ticket.TYPE, id));
    }

    private static void save(TicketRows rows, TicketRows.Row before, TicketRows.Row after) throws java.sql.SQLException {
        if (!rows.update(after, before.version())) {
            throw new ConflictException("The ticket was changed meanwhile; read it again", before.id().toString());
        }
    }

    /** The row after a change: the first answer and the closing time follow the status. */
    private static TicketRows.Row with(TicketRows.Row t, String department, String assignee, TicketStatus status, Instant now) {
        Instant firstResponse = t.firstResponseAt() == null && status == TicketStatus.ANSWERED ? now : t.firstResponseAt();
        Instant closed = status == TicketStatus.CLOSED ? (t.closedAt() == null ? now : t.closedAt()) : null;
        return new TicketRows.Row(t.id(), t.number(), t.contactId(), t.subject(), department, assignee, t.urgency(),
                status, t.source(), t.clientEmail(), t.review(), t.createdAt(), now, firstResponse, closed, t.version() + 1);
    }

    /** The ticket with its SLA as of {@code now}, on its department's clock. */
    Ticket view(TicketRows.Row t, Instant now) {
        TicketSettings s = settings;
        boolean working = s.workingHours(t.department());
        SlaClock sla = new SlaClock(calendar, clock.zone());
        Instant firstDue = sla.due(t.createdAt(), s.firstResponse(t.department(), t.urgency()), working);
        Instant resolveDue = sla.due(t.createdAt(), s.resolution(t.department(), t.urgency()), working);
        boolean breached = (t.firstResponseAt() == null ? now.isAfter(firstDue) : t.firstResponseAt().isAfter(firstDue))
                || (t.closedAt() == null ? now.isAfter(resolveDue) : t.closedAt().isAfter(resolveDue));
        Instant nearest = t.firstResponseAt() == null ? firstDue : t.closedAt() == null ? resolveDue : null;
        Long left = nearest == null ? null : sla.between(now, nearest, working).toMinutes();
        return new Ticket(t.id(), t.number(), t.contactId(), t.subject(), t.department(), t.assignee(), t.urgency(),
                t.status(), t.source(), t.clientEmail(), t.review(), t.createdAt(), t.updatedAt(), t.firstResponseAt(),
                t.closedAt(), t.version(), new SlaState(t.firstResponseAt() == null ? firstDue : null,
                t.closedAt() == null ? resolveDue : null, left, breached, working));
    }

    private void entry(TicketRows.Row t, String actor, Instant at, String text) {
        timeline.record(new EntryDraft(KIND, List.of(new ContactId(t.contactId()).ref(), ref(t)), actor, at, text,
                ref(t), null));
    }

    private void publish(String topic, TicketRows.Row t, Map<String, Object> extra) {
        Map<String, Object> p = new LinkedHashMap<>(extra);
        p.put("number", t.number());
        p.put("contactId", t.contactId().toString());
        p.put("department", t.department());
        p.put("status", t.status().code());
        events.publish(DomainEvent.of(topic, ref(t), p));
    }

    private static Map<String, Object> summary(TicketRows.Row t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("contactId", t.contactId().toString());
        m.put("subject", t.subject());
        m.put("department", t.department());
        m.put("urgency", t.urgency().code());
        m.put("source", t.source());
        return m;
    }

    private static io.pitstop.core.api.RecordRef ref(TicketRows.Row t) {
        return new io.pitstop.core.api.RecordRef(Ticket.TYPE, t.id());
    }

    private static String reference(TicketRows.Row t) {
        return "[#" + t.number() + "]";
    }

    private static TicketMessage message(UUID ticket, TicketMessage.Kind kind, String author, String body,
                                         boolean important, String mailId, Instant at) {
        return new TicketMessage(UUID.randomUUID(), ticket, kind, clip(author, 320), body, important, mailId, null, at);
    }

    private static String text(String body, String field, int max) {
        if (body == null || body.isBlank()) {
            throw ValidationException.field(field, "is required");
        }
        if (body.length() > max) {
            throw ValidationException.field(field, "must be at most " + max + " characters");
        }
        return body.strip();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String abbreviated(String s) {
        String line = s.replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }

    private Instant now() {
        // milliseconds: both databases keep them, so what a write answers equals what a later read finds
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private <T> T write(TicketRows.Work<T> work) {
        return TicketRows.inTransaction(transactions, dataSource, work);
    }

    private <T> T read(TicketRows.Work<T> work) {
        return write(work);
    }

}
