package io.pitstop.notifications.impl;

import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.SchemaMigrations;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.core.api.staff.StaffMember;
import io.pitstop.core.api.time.Clock;
import io.pitstop.notifications.api.Channels;
import io.pitstop.notifications.api.Consent;
import io.pitstop.notifications.api.EventType;
import io.pitstop.notifications.api.EventTypeDeclaration;
import io.pitstop.notifications.api.JournalQuery;
import io.pitstop.notifications.api.Message;
import io.pitstop.notifications.api.MessageStatus;
import io.pitstop.notifications.api.NotificationChannel;
import io.pitstop.notifications.api.NotificationEvent;
import io.pitstop.notifications.api.Notifications;
import io.pitstop.notifications.api.Preview;
import io.pitstop.notifications.api.Recipient;
import io.pitstop.notifications.api.Rule;
import io.pitstop.notifications.api.Template;
import io.pitstop.notifications.api.TemplateDraft;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notification service on plain JDBC inside {@link Transactions}: templates, rules, consent and the journal in
 * the {@code notification_*} tables; event types and channels are services that come and go with their bundles.
 * Raising an event writes its messages (queued, blocked) in the caller's transaction; the {@link Dispatcher} sends
 * them when due.
 */
@Component(service = {Notifications.class, NotificationsImpl.class}, configurationPid = NotificationsImpl.PID)
@Designate(ocd = NotificationsImpl.Config.class)
public class NotificationsImpl implements Notifications {
    static final String PID = "io.pitstop.notifications";
    static final String MODULE = "notifications";
    static final List<String> SCRIPTS = List.of("V001__notifications.sql");
    static final String TEMPLATE = "notification-template";
    static final String RULE = "notification-rule";
    private static final Logger LOG = LoggerFactory.getLogger(NotificationsImpl.class);

    @ObjectClassDefinition(name = "Pitstop notifications")
    public @interface Config {
        @AttributeDefinition(description = "Where Pitstop is reached from outside: the open pixel and click links of e-mails point here")
        String publicUrl() default "http://localhost:8181";

        @AttributeDefinition(description = "Test recipient (тестовый получатель): every e-mail goes here instead when set")
        String testEmail() default "";

        @AttributeDefinition(description = "Test recipient: every SMS goes to this number instead when set")
        String testPhone() default "";

        @AttributeDefinition(description = "Test recipient: every in-app notice goes to this login instead when set")
        String testLogin() default "";
    }

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private SchemaMigrations migrations;

    @Reference
    private AuditService audit;

    @Reference
    private Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffDirectory staff;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ContactService contacts;

    private final Map<String, EventType> types = new ConcurrentHashMap<>();
    private final Map<String, NotificationChannel> channels = new ConcurrentHashMap<>();
    private volatile Config config;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addType(EventTypeDeclaration declaration) {
        types.put(declaration.eventType().type(), declaration.eventType());
    }

    void removeType(EventTypeDeclaration declaration) {
        types.remove(declaration.eventType().type(), declaration.eventType());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChannel(NotificationChannel channel) {
        channels.put(channel.id(), channel);
    }

    void removeChannel(NotificationChannel channel) {
        channels.remove(channel.id(), channel);
    }

    @Activate
    @Modified
    void activate(Config config) {
        this.config = config;
        migrations.migrate(MODULE, NotificationsImpl.class.getClassLoader(), "db/" + MODULE, SCRIPTS);
    }

    Optional<NotificationChannel> channel(String id) {
        return Optional.ofNullable(channels.get(id));
    }

    String publicUrl() {
        return config.publicUrl();
    }

    /** The channels templates and rules may name: the core three whether or not they run now, and every running one. */
    Set<String> channelIds() {
        Set<String> ids = new TreeSet<>(Channels.CORE);
        ids.addAll(channels.keySet());
        return ids;
    }

    private Instant now() {
        // milliseconds: both databases keep them, so what a save answers equals what a later read finds
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }

    // event types, templates, rules

    @Override
    public List<EventType> eventTypes() {
        return new ArrayList<>(new TreeMap<>(types).values());
    }

    @Override
    public Template saveTemplate(Actor actor, TemplateDraft draft) {
        checkTemplate(draft);
        return tx(rows -> {
            Instant now = now();
            Optional<Template> old = rows.template(draft.eventType(), draft.channel(), draft.language());
            Template t = new Template(old.map(Template::id).orElseGet(UUID::randomUUID), draft.eventType(),
                    draft.channel(), draft.language(), blankToNull(draft.subject()), draft.body(), now, actor.name());
            if (old.isPresent()) {
                rows.updateTemplate(t);
            } else {
                rows.insertTemplate(t);
            }
            audit.record(actor, new RecordRef(TEMPLATE, t.id()), old.isPresent() ? "updated" : "created",
                    old.map(NotificationsImpl::snapshot).orElse(null), snapshot(t));
            return t;
        });
    }

    private void checkTemplate(TemplateDraft draft) {
        Validation v = new Validation();
        SetupRules.checkTemplate(v, draft, draft.eventType() == null ? null : types.get(draft.eventType()), channelIds(),
                (subject, body) -> refusal(draft.channel(), subject, body));
        v.throwIfInvalid();
    }

    /** The channel's own limit, and the SMS rule even while no SMS gateway runs. */
    private String refusal(String channel, String subject, String body) {
        NotificationChannel c = channels.get(channel);
        if (c != null) {
            return c.refusal(subject, body);
        }
        return Channels.SMS.equals(channel) ? SmsSegments.refusal(body) : null;
    }

    @Override
    public List<Template> templates(String eventType) {
        return tx(rows -> eventType == null ? rows.templates("") : rows.templates("WHERE event_type = ?", eventType));
    }

    @Override
    public Preview preview(TemplateDraft draft) {
        checkTemplate(draft);
        Map<String, String> samples = SetupRules.samples(types.get(draft.eventType()));
        String body = Placeholders.render(draft.body(), samples);
        boolean sms = Channels.SMS.equals(draft.channel());
        return new Preview(Placeholders.render(draft.subject(), samples), body, body.length(), sms ? SmsSegments.count(body) : 0);
    }

    @Override
    public Rule saveRule(Actor actor, Rule rule) {
        Validation v = new Validation();
        SetupRules.checkRule(v, rule, rule.eventType() == null ? null : types.get(rule.eventType()), channelIds());
        StaffDirectory directory = staff;
        if (directory != null) {
            Set<String> roles = directory.roles();
            for (int i = 0; i < rule.roles().size(); i++) {
                v.require(roles.contains(rule.roles().get(i)), "roles[" + i + "]", "is not a role");
            }
            for (int i = 0; i < rule.groups().size(); i++) {
                v.require(directory.group(rule.groups().get(i)).isPresent(), "groups[" + i + "]", "is not a group");
            }
        }
        v.throwIfInvalid();
        return tx(rows -> {
            Rule saved = new Rule(rule.id() == null ? UUID.randomUUID() : rule.id(), rule.name(), rule.eventType(),
                    rule.channels(), rule.schedule(), rule.validityMinutes(), rule.toContact(), rule.individualsOnly(),
                    rule.roles(), rule.groups(), rule.addresses(), rule.active());
            boolean replaced = rule.id() != null && rows.deleteRule(rule.id());
            rows.insertRule(saved, now());
            audit.record(actor, new RecordRef(RULE, saved.id()), replaced ? "updated" : "created", null,
                    Map.of("name", saved.name(), "eventType", saved.eventType(), "channels", saved.channels(),
                            "schedule", saved.schedule().toString(), "active", saved.active()));
            return saved;
        });
    }

    @Override
    public List<Rule> rules(String eventType) {
        return tx(rows -> rows.rules(eventType, false));
    }

    @Override
    public void deleteRule(Actor actor, UUID id) {
        tx(rows -> {
            if (!rows.deleteRule(id)) {
                throw new NotFoundException(RULE, id);
            }
            audit.record(actor, new RecordRef(RULE, id), "deleted", null, null);
            return null;
        });
    }

    // consent

    @Override
    public Consent consent(UUID contactId, String channel) {
        return consents(contactId).getOrDefault(channel, Consent.NOT_ASKED);
    }

    @Override
    public Map<String, Consent> consents(UUID contactId) {
        ContactService cs = contacts;
        if (cs != null) {
            cs.get(new ContactId(contactId)); // 404 for a contact that does not exist
        }
        return tx(rows -> rows.consents(contactId));
    }

    @Override
    public void setConsent(Actor actor, UUID contactId, String channel, Consent consent) {
        Validation v = new Validation();
        v.required(channel, "channel");
        v.require(channel == null || channelIds().contains(channel), "channel", "must be one of " + String.join(", ", channelIds()));
        v.required(consent, "consent");
        v.throwIfInvalid();
        ContactService cs = contacts;
        if (cs != null) {
            cs.get(new ContactId(contactId)); // 404 for a contact that does not exist
        }
        tx(rows -> {
            Consent before = rows.consents(contactId).getOrDefault(channel, Consent.NOT_ASKED);
            rows.setConsent(contactId, channel, consent, now(), actor.name());
            audit.record(actor, new RecordRef(ContactId.TYPE, contactId), "consent",
                    Map.of(channel, before.name()), Map.of(channel, consent.name()));
            return null;
        });
    }

    // raising

    @Override
    public List<Message> raise(NotificationEvent event) {
        EventType type = event.eventType() == null ? null : types.get(event.eventType());
        Validation v = new Validation();
        v.required(event.eventType(), "eventType");
        v.require(event.eventType() == null || type != null, "eventType", "is not a declared event type");
        v.required(event.id(), "id");
        v.maxLength(event.id(), 200, "id");
        v.throwIfInvalid();
        Instant now = now();
        return tx(rows -> {
            List<Message> queued = new ArrayList<>();
            for (Rule rule : rows.rules(event.eventType(), true)) {
                for (Target target : targets(rule, event)) {
                    for (String channel : rule.channels()) {
                        Message m = message(rows, rule, event, target, channel, now);
                        if (m != null) {
                            queued.add(m);
                        }
                    }
                }
            }
            return queued;
        });
    }

    /** Someone a rule sends to, with what each channel needs. */
    record Target(String key, Contact contact, StaffMember member, String address, String language, ZoneId zone) {
        String addressFor(String channel) {
            if (address != null) {
                boolean email = address.contains("@");
                boolean phone = address.startsWith("+");
                return switch (channel) {
                    case Channels.EMAIL -> email ? address : null;
                    case Channels.SMS -> phone ? address : null;
                    case Channels.IN_APP -> email || phone ? null : address;
                    default -> address;
                };
            }
            if (member != null) {
                return switch (channel) {
                    case Channels.EMAIL -> member.email();
                    case Channels.IN_APP -> member.login();
                    default -> null;
                };
            }
            return switch (channel) {
                case Channels.EMAIL -> contact.emails().isEmpty() ? null : contact.emails().get(0);
                case Channels.SMS -> contact.phones().isEmpty() ? null : contact.phones().get(0);
                default -> null;
            };
        }
    }

    private List<Target> targets(Rule rule, NotificationEvent event) {
        Map<String, Target> out = new LinkedHashMap<>();
        ContactService cs = contacts;
        List<UUID> contactIds = new ArrayList<>();
        if (rule.toContact() && event.record() != null && ContactId.TYPE.equals(event.record().type())) {
            contactIds.add(event.record().id());
        }
        // the event's own recipients (a new task's assignee) belong with its contact: "the people the event names"
        for (Recipient r : rule.toContact() ? event.recipients() : List.<Recipient>of()) {
            switch (r.kind()) {
                case CONTACT -> contactIds.add(UUID.fromString(r.value()));
                case STAFF -> member(r.value()).ifPresent(m -> out.putIfAbsent("staff:" + m.login(), staffTarget(m)));
                case ADDRESS -> out.putIfAbsent("address:" + r.value(), addressTarget(r.value()));
            }
        }
        if (cs != null) {
            for (UUID id : contactIds) {
                Contact c = cs.get(new ContactId(id));
                // seed 004: "only for natural persons" when the rule says so
                if (!rule.individualsOnly() || c.kind() == ContactKind.PERSON) {
                    out.putIfAbsent("contact:" + id, new Target("contact:" + id, c, null, null, "ru", clock.zone()));
                }
            }
        }
        StaffDirectory directory = staff;
        if (directory != null) {
            for (StaffMember m : directory.members(true)) {
                if (m.roles().stream().anyMatch(rule.roles()::contains)) {
                    out.putIfAbsent("staff:" + m.login(), staffTarget(m));
                }
            }
            for (String group : rule.groups()) {
                for (StaffMember m : directory.membersOf(group)) {
                    if (m.active()) {
                        out.putIfAbsent("staff:" + m.login(), staffTarget(m));
                    }
                }
            }
        }
        for (String a : rule.addresses()) {
            if (a.contains("@") || a.startsWith("+")) {
                out.putIfAbsent("address:" + a, addressTarget(a));
            } else {
                member(a).ifPresent(m -> out.putIfAbsent("staff:" + m.login(), staffTarget(m)));
            }
        }
        return new ArrayList<>(out.values());
    }

    private Optional<StaffMember> member(String login) {
        StaffDirectory directory = staff;
        return directory == null ? Optional.empty() : directory.member(login).filter(StaffMember::active);
    }

    private Target staffTarget(StaffMember m) {
        String language = m.language() == null ? "ru" : m.language().getLanguage();
        return new Target("staff:" + m.login(), null, m, null, language, m.timeZone() == null ? clock.zone() : m.timeZone());
    }

    private Target addressTarget(String address) {
        return new Target("address:" + address, null, null, address, "ru", clock.zone());
    }

    /** One message of a rule for one target and channel, or null when there is nothing to send or it exists. */
    private Message message(Rows rows, Rule rule, NotificationEvent event, Target target, String channel, Instant now)
            throws SQLException {
        String address = target.addressFor(channel);
        if (address == null) {
            return null; // a contact without a phone gets no SMS; that is no failure of the event
        }
        Optional<Template> template = rows.template(event.eventType(), channel, target.language());
        if (template.isEmpty()) {
            template = rows.template(event.eventType(), channel, target.language().equals("ru") ? "en" : "ru");
        }
        if (template.isEmpty()) {
            LOG.debug("No {} template for {}: rule {} sends nothing on it", channel, event.eventType(), rule.name());
            return null;
        }
        Template t = template.get();
        if (rows.messageExists(event.id(), target.key(), t.id())) {
            return null;
        }
        ZoneId zone = rule.schedule().zone() != null ? ZoneId.of(rule.schedule().zone()) : target.zone();
        Instant due = Schedules.due(rule.schedule(), now, event.fields(), zone).truncatedTo(ChronoUnit.MILLIS);
        Instant expires = rule.validityMinutes() == null ? null : due.plus(rule.validityMinutes(), ChronoUnit.MINUTES);
        MessageStatus status = MessageStatus.QUEUED;
        String failure = null;
        if (target.contact() != null) {
            Consent consent = rows.consents(target.contact().id().value()).getOrDefault(channel, Consent.NOT_ASKED);
            if (consent == Consent.NO) {
                status = MessageStatus.BLOCKED;
                failure = "the contact said no to " + channel;
            }
        }
        String sendTo = testRecipient(channel).orElse(address);
        Message m = new Message(UUID.randomUUID(), event.id(), event.eventType(), rule.id(), t.id(), channel,
                target.key(), sendTo, t.language(), Placeholders.render(t.subject(), event.fields()),
                Placeholders.render(t.body(), event.fields()), status, now, due, expires, null, null, null, null,
                failure, 0);
        rows.insertMessage(m, UUID.randomUUID().toString());
        if (Channels.EMAIL.equals(channel)) {
            rows.insertLinks(m.id(), MailBody.links(m.body()));
        }
        return m;
    }

    /** The configured test recipient of a channel (seed 004: «тестовый получатель»), which gets everything instead. */
    private Optional<String> testRecipient(String channel) {
        Config c = config;
        String value = switch (channel) {
            case Channels.EMAIL -> c.testEmail();
            case Channels.SMS -> c.testPhone();
            case Channels.IN_APP -> c.testLogin();
            default -> "";
        };
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    // journal

    @Override
    public Page<Message> journal(JournalQuery query, PageRequest page) {
        return tx(rows -> {
            long[] total = new long[1];
            List<Message> items = rows.journal(query, page, total);
            return new Page<>(items, total[0], page.offset(), page.limit());
        });
    }

    @Override
    public Optional<Message> message(UUID id) {
        return tx(rows -> rows.message(id));
    }

    @Override
    public Message resend(Actor actor, UUID id) {
        return tx(rows -> {
            Message m = rows.message(id).orElseThrow(() -> new NotFoundException("notification-message", id));
            if (m.status() == MessageStatus.BLOCKED) {
                throw new BusinessRuleException("notification-blocked", "The contact said no to " + m.channel()
                        + ": the message is not sent");
            }
            if (m.status() == MessageStatus.QUEUED || m.status() == MessageStatus.SENDING) {
                throw new BusinessRuleException("notification-pending", "The message is on its way already");
            }
            Instant now = now();
            Instant expires = m.expiresAt() == null ? null
                    : now.plus(ChronoUnit.MILLIS.between(m.scheduledFor(), m.expiresAt()), ChronoUnit.MILLIS);
            rows.requeue(id, now, expires);
            audit.record(actor, new RecordRef("notification-message", id), "resend", Map.of("status", m.status().name()),
                    Map.of("status", MessageStatus.QUEUED.name()));
            return rows.message(id).orElseThrow();
        });
    }

    @Override
    public List<Message> notices(String login, int limit) {
        return tx(rows -> rows.notices(login, limit));
    }

    @Override
    public void markRead(String login, UUID id) {
        tx(rows -> {
            rows.markRead(id, login, now());
            return null;
        });
    }

    @Override
    public boolean opened(String token) {
        if (!wellFormedToken(token)) {
            return false;
        }
        return tx(rows -> {
            Optional<UUID> id = rows.byToken(token);
            id.ifPresent(m -> {
                try {
                    rows.opened(m, now());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            return id.isPresent();
        });
    }

    @Override
    public Optional<String> clicked(String token, String url) {
        if (!wellFormedToken(token) || url == null) {
            return Optional.empty();
        }
        return tx(rows -> {
            Optional<UUID> id = rows.byToken(token);
            if (id.isEmpty() || !rows.hasLink(id.get(), url)) {
                return Optional.empty();
            }
            Instant now = now();
            rows.opened(id.get(), now);
            rows.clicked(id.get(), now);
            return Optional.of(url);
        });
    }

    static boolean wellFormedToken(String token) {
        return token != null && token.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    // plumbing

    interface Work<T> {
        T run(Rows rows) throws SQLException;
    }

    <T> T tx(Work<T> work) {
        Callable<T> call = () -> {
            try (Connection c = dataSource.getConnection()) {
                return work.run(new Rows(c));
            } catch (SQLException e) {
                throw new IllegalStateException("Notifications cannot use the database: " + e.getMessage(), e);
            }
        };
        return transactions.required(call);
    }

    private static Map<String, Object> snapshot(Template t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventType", t.eventType());
        m.put("channel", t.channel());
        m.put("language", t.language());
        m.put("subject", t.subject());
        m.put("body", t.body());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
