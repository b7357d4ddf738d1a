package io.pitstop.notifications.impl;

import io.pitstop.core.api.PageRequest;
import io.pitstop.notifications.api.Consent;
import io.pitstop.notifications.api.JournalQuery;
import io.pitstop.notifications.api.Message;
import io.pitstop.notifications.api.MessageStatus;
import io.pitstop.notifications.api.Rule;
import io.pitstop.notifications.api.Schedule;
import io.pitstop.notifications.api.Template;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;

/** The notification tables over one connection (the transaction's). Instants are UTC wall-clock TIMESTAMPs. */
final class Rows {
    private static final String MESSAGE_COLUMNS = "id, event_id, event_type, rule_id, template_id, channel, recipient, "
            + "address, lang, subject, body, status, created_at, scheduled_for, expires_at, sent_at, delivered_at, "
            + "opened_at, clicked_at, failure, attempts";
    private final Connection c;

    Rows(Connection c) {
        this.c = c;
    }

    // templates

    Optional<Template> template(String eventType, String channel, String language) throws SQLException {
        List<Template> found = templates("WHERE event_type = ? AND channel = ? AND lang = ?", eventType, channel, language);
        return found.stream().findFirst();
    }

    Optional<Template> template(UUID id) throws SQLException {
        return templates("WHERE id = ?", id.toString()).stream().findFirst();
    }

    List<Template> templates(String where, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, event_type, channel, lang, subject, body, updated_at, "
                + "updated_by FROM notification_template " + where + " ORDER BY event_type, channel, lang")) {
            bind(ps, args);
            List<Template> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Template(UUID.fromString(rs.getString(1).trim()), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), instant(rs, 7), rs.getString(8)));
                }
            }
            return out;
        }
    }

    void insertTemplate(Template t) throws SQLException {
        update("INSERT INTO notification_template (id, event_type, channel, lang, subject, body, updated_at, updated_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", t.id().toString(), t.eventType(), t.channel(), t.language(),
                t.subject(), t.body(), t.updatedAt(), t.updatedBy());
    }

    void updateTemplate(Template t) throws SQLException {
        update("UPDATE notification_template SET subject = ?, body = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                t.subject(), t.body(), t.updatedAt(), t.updatedBy(), t.id().toString());
    }

    // rules

    List<Rule> rules(String eventType, boolean activeOnly) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, name, event_type, channels, schedule_kind, date_field, "
                + "offset_minutes, at_time, days_before, time_zone, validity_minutes, to_contact, individuals_only, roles, "
                + "groups_list, addresses, active FROM notification_rule WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (eventType != null) {
            sql.append(" AND event_type = ?");
            args.add(eventType);
        }
        if (activeOnly) {
            sql.append(" AND active = ?");
            args.add(Boolean.TRUE);
        }
        sql.append(" ORDER BY event_type, name, id");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            bind(ps, args.toArray());
            List<Rule> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String at = rs.getString(8);
                    long offset = rs.getLong(7);
                    Long offsetMinutes = rs.wasNull() ? null : offset;
                    int days = rs.getInt(9);
                    Integer daysBefore = rs.wasNull() ? null : days;
                    int validity = rs.getInt(11);
                    Integer validityMinutes = rs.wasNull() ? null : validity;
                    Schedule schedule = new Schedule(Schedule.Kind.valueOf(rs.getString(5)), rs.getString(6),
                            offsetMinutes, at == null ? null : LocalTime.parse(at), daysBefore, rs.getString(10));
                    out.add(new Rule(UUID.fromString(rs.getString(1).trim()), rs.getString(2), rs.getString(3),
                            split(rs.getString(4)), schedule, validityMinutes, rs.getBoolean(12), rs.getBoolean(13),
                            split(rs.getString(14)), split(rs.getString(15)), split(rs.getString(16)), rs.getBoolean(17)));
                }
            }
            return out;
        }
    }

    boolean deleteRule(UUID id) throws SQLException {
        return update("DELETE FROM notification_rule WHERE id = ?", id.toString()) == 1;
    }

    void insertRule(Rule r, Instant now) throws SQLException {
        Schedule s = r.schedule();
        update("INSERT INTO notification_rule (id, name, event_type, channels, schedule_kind, date_field, offset_minutes, "
                + "at_time, days_before, time_zone, validity_minutes, to_contact, individuals_only, roles, groups_list, "
                + "addresses, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id().toString(), r.name(), r.eventType(), join(r.channels()), s.kind().name(), s.dateField(),
                new Typed(s.offsetMinutes(), Types.BIGINT), s.at() == null ? null : s.at().toString(),
                new Typed(s.days(), Types.INTEGER), s.zone(), new Typed(r.validityMinutes(), Types.INTEGER),
                r.toContact(), r.individualsOnly(), join(r.roles()), join(r.groups()), join(r.addresses()), r.active(), now);
    }

    // messages

    /** Whether this event already has a message for this recipient and template. */
    boolean messageExists(String eventId, String recipient, UUID templateId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM notification_message WHERE event_id = ? "
                + "AND recipient = ? AND template_id = ?")) {
            bind(ps, eventId, recipient, templateId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    void insertMessage(Message m, String token) throws SQLException {
        update("INSERT INTO notification_message (" + MESSAGE_COLUMNS + ", token) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id().toString(), m.eventId(), m.eventType(),
                m.ruleId() == null ? null : m.ruleId().toString(), m.templateId().toString(), m.channel(), m.recipient(),
                m.address(), m.language(), m.subject(), m.body(), m.status().name(), m.createdAt(), m.scheduledFor(),
                new Typed(m.expiresAt(), Types.TIMESTAMP), NO_TIME, NO_TIME, NO_TIME, NO_TIME, m.failure(), m.attempts(),
                token);
    }

    List<Message> due(Instant now, int limit) throws SQLException {
        return messages("WHERE status = ? AND scheduled_for <= ? ORDER BY scheduled_for", limit,
                MessageStatus.QUEUED.name(), now);
    }

    Optional<Message> message(UUID id) throws SQLException {
        return messages("WHERE id = ?", 1, id.toString()).stream().findFirst();
    }

    Optional<String> token(UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT token FROM notification_message WHERE id = ?")) {
            bind(ps, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    Optional<UUID> byToken(String token) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM notification_message WHERE token = ?")) {
            bind(ps, token);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(UUID.fromString(rs.getString(1).trim())) : Optional.empty();
            }
        }
    }

    List<Message> messages(String where, int limit, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MESSAGE_COLUMNS + " FROM notification_message " + where)) {
            bind(ps, args);
            ps.setMaxRows(limit);
            List<Message> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String rule = rs.getString(4);
                    out.add(new Message(UUID.fromString(rs.getString(1).trim()), rs.getString(2), rs.getString(3),
                            rule == null ? null : UUID.fromString(rule.trim()), UUID.fromString(rs.getString(5).trim()),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), MessageStatus.valueOf(rs.getString(12)), instant(rs, 13), instant(rs, 14),
                            instant(rs, 15), instant(rs, 16), instant(rs, 17), instant(rs, 18), instant(rs, 19),
                            rs.getString(20), rs.getInt(21)));
                }
            }
            return out;
        }
    }

    /** One page of the journal, newest first, and the count of all that match. */
    List<Message> journal(JournalQuery q, PageRequest page, long[] total) throws SQLException {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.status() != null) {
            where.append(" AND status = ?");
            args.add(q.status().name());
        }
        if (q.channel() != null) {
            where.append(" AND channel = ?");
            args.add(q.channel());
        }
        if (q.eventType() != null) {
            where.append(" AND event_type = ?");
            args.add(q.eventType());
        }
        if (q.eventId() != null) {
            where.append(" AND event_id = ?");
            args.add(q.eventId());
        }
        if (q.recipient() != null) {
            where.append(" AND (recipient = ? OR address = ?)");
            args.add(q.recipient());
            args.add(q.recipient());
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM notification_message " + where)) {
            bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total[0] = rs.getLong(1);
            }
        }
        List<Message> all = messages(where + " ORDER BY created_at DESC, id", page.offset() + page.limit(), args.toArray());
        return all.subList(Math.min(page.offset(), all.size()), all.size());
    }

    /** Moves a message from one status to another; false when it was no longer in {@code from}. */
    boolean move(UUID id, MessageStatus from, MessageStatus to) throws SQLException {
        return update("UPDATE notification_message SET status = ? WHERE id = ? AND status = ?", to.name(),
                id.toString(), from.name()) == 1;
    }

    boolean claim(UUID id) throws SQLException {
        return update("UPDATE notification_message SET status = ?, attempts = attempts + 1 WHERE id = ? AND status = ?",
                MessageStatus.SENDING.name(), id.toString(), MessageStatus.QUEUED.name()) == 1;
    }

    void sent(UUID id, Instant at) throws SQLException {
        update("UPDATE notification_message SET status = ?, sent_at = ?, failure = NULL WHERE id = ? AND status = ?",
                MessageStatus.SENT.name(), at, id.toString(), MessageStatus.SENDING.name());
    }

    void failed(UUID id, String reason) throws SQLException {
        update("UPDATE notification_message SET status = ?, failure = ? WHERE id = ? AND status = ?",
                MessageStatus.FAILED.name(), reason, id.toString(), MessageStatus.SENDING.name());
    }

    void requeue(UUID id, Instant due, Instant expires) throws SQLException {
        update("UPDATE notification_message SET status = ?, scheduled_for = ?, expires_at = ?, failure = NULL, "
                + "sent_at = NULL WHERE id = ?", MessageStatus.QUEUED.name(), due, new Typed(expires, Types.TIMESTAMP),
                id.toString());
    }

    /** Marks the first open (later opens change nothing); a click also counts as an open. */
    boolean opened(UUID id, Instant at) throws SQLException {
        return update("UPDATE notification_message SET opened_at = ?, status = CASE WHEN status IN ('SENT', 'DELIVERED') "
                + "THEN 'OPENED' ELSE status END WHERE id = ? AND opened_at IS NULL", at, id.toString()) == 1;
    }

    void clicked(UUID id, Instant at) throws SQLException {
        update("UPDATE notification_message SET clicked_at = ?, status = 'CLICKED' WHERE id = ? AND clicked_at IS NULL "
                + "AND status IN ('SENT', 'DELIVERED', 'OPENED')", at, id.toString());
    }

    void markRead(UUID id, String login, Instant at) throws SQLException {
        update("UPDATE notification_message SET read_at = ? WHERE id = ? AND channel = 'inapp' AND address = ? "
                + "AND read_at IS NULL", at, id.toString(), login);
    }

    List<Message> notices(String login, int limit) throws SQLException {
        return messages("WHERE channel = 'inapp' AND address = ? AND status = 'SENT' AND read_at IS NULL "
                + "ORDER BY sent_at DESC", limit, login);
    }

    void insertLinks(UUID message, List<String> urls) throws SQLException {
        for (int i = 0; i < urls.size(); i++) {
            update("INSERT INTO notification_link (message_id, link_order, url) VALUES (?, ?, ?)", message.toString(), i,
                    urls.get(i));
        }
    }

    boolean hasLink(UUID message, String url) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM notification_link WHERE message_id = ? AND url = ?")) {
            bind(ps, message.toString(), url);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    // consent

    Map<String, Consent> consents(UUID contact) throws SQLException {
        Map<String, Consent> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT channel, consent FROM notification_consent "
                + "WHERE contact_id = ? ORDER BY channel")) {
            bind(ps, contact.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), Consent.valueOf(rs.getString(2)));
                }
            }
        }
        return out;
    }

    void setConsent(UUID contact, String channel, Consent consent, Instant now, String by) throws SQLException {
        update("DELETE FROM notification_consent WHERE contact_id = ? AND channel = ?", contact.toString(), channel);
        if (consent != Consent.NOT_ASKED) {
            update("INSERT INTO notification_consent (contact_id, channel, consent, updated_at, updated_by) "
                    + "VALUES (?, ?, ?, ?, ?)", contact.toString(), channel, consent.name(), now, by);
        }
    }

    // plumbing

    /** A null with its SQL type (drivers differ in guessing one: PostgreSQL refuses a text null for a timestamp). */
    record Typed(Object value, int sqlType) {
    }

    private static final Typed NO_TIME = new Typed(null, Types.TIMESTAMP);

    private int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            int index = i + 1;
            if (a instanceof Typed t) {
                if (t.value() == null) {
                    ps.setNull(index, t.sqlType());
                    continue;
                }
                a = t.value();
            }
            if (a == null) {
                ps.setNull(index, Types.VARCHAR);
            } else if (a instanceof Instant at) {
                ps.setTimestamp(index, Timestamp.from(at), utc());
            } else if (a instanceof Boolean b) {
                ps.setBoolean(index, b);
            } else if (a instanceof Integer n) {
                ps.setInt(index, n);
            } else if (a instanceof Long n) {
                ps.setLong(index, n);
            } else {
                ps.setString(index, a.toString());
            }
        }
    }

    private static Instant instant(ResultSet rs, int index) throws SQLException {
        Timestamp t = rs.getTimestamp(index, utc());
        return t == null ? null : t.toInstant();
    }

    private static Calendar utc() {
        return new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    }

    static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
    }
}
