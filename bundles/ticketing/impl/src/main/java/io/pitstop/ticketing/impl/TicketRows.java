package io.pitstop.ticketing.impl;

import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.UtcTimestamps;
import io.pitstop.ticketing.api.TicketMessage;
import io.pitstop.ticketing.api.TicketStatus;
import io.pitstop.ticketing.api.Urgency;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Tickets and their threads on plain JDBC; instants as UTC wall-clock TIMESTAMPs on both databases. */
final class TicketRows {
    static final String COLUMNS = "id, number, contact_id, subject, department, assignee, urgency, status, source, "
            + "client_email, review, created_at, updated_at, first_response_at, closed_at, version";
    private static final String MESSAGE_COLUMNS = "id, ticket_id, kind, author, body, important, mail_id, delivery, created_at";

    private final Connection c;

    /** A ticket row without its SLA state, which depends on the moment it is read. */
    record Row(UUID id, long number, UUID contactId, String subject, String department, String assignee,
               Urgency urgency, TicketStatus status, String source, String clientEmail, boolean review,
               Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant closedAt, long version) {
    }

    interface Work<T> {
        T run(TicketRows rows) throws SQLException;
    }

    static <T> T inTransaction(Transactions transactions, DataSource dataSource, Work<T> work) {
        return transactions.required(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(new TicketRows(connection));
            }
        });
    }

    TicketRows(Connection c) {
        this.c = c;
    }

    /** The next ticket number; the counter row stays locked until the transaction ends, so no two tickets share one. */
    long nextNumber() throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE ticketing_counter SET next_value = next_value + 1 WHERE name = 'ticket'")) {
            up.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT next_value FROM ticketing_counter WHERE name = 'ticket'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) - 1;
        }
    }

    void insert(Row t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticketing_ticket (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, t.id().toString());
            ps.setLong(2, t.number());
            ps.setString(3, t.contactId().toString());
            ps.setString(4, t.subject());
            ps.setString(5, t.department());
            ps.setString(6, t.assignee());
            ps.setString(7, t.urgency().name());
            ps.setString(8, t.status().name());
            ps.setString(9, t.source());
            ps.setString(10, t.clientEmail());
            ps.setBoolean(11, t.review());
            UtcTimestamps.set(ps, 12, t.createdAt());
            UtcTimestamps.set(ps, 13, t.updatedAt());
            UtcTimestamps.set(ps, 14, t.firstResponseAt());
            UtcTimestamps.set(ps, 15, t.closedAt());
            ps.setLong(16, t.version());
            ps.executeUpdate();
        }
    }

    /** Writes the changeable fields if the row still has {@code expectedVersion}; false when it changed meanwhile. */
    boolean update(Row t, long expectedVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ticketing_ticket SET department = ?, assignee = ?, "
                + "urgency = ?, status = ?, updated_at = ?, first_response_at = ?, closed_at = ?, version = ? "
                + "WHERE id = ? AND version = ?")) {
            ps.setString(1, t.department());
            ps.setString(2, t.assignee());
            ps.setString(3, t.urgency().name());
            ps.setString(4, t.status().name());
            UtcTimestamps.set(ps, 5, t.updatedAt());
            UtcTimestamps.set(ps, 6, t.firstResponseAt());
            UtcTimestamps.set(ps, 7, t.closedAt());
            ps.setLong(8, t.version());
            ps.setString(9, t.id().toString());
            ps.setLong(10, expectedVersion);
            return ps.executeUpdate() == 1;
        }
    }

    Optional<Row> find(UUID id) throws SQLException {
        List<Row> found = select("WHERE id = ?", List.of(id.toString()), "", 0, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    Optional<Row> byNumber(long number) throws SQLException {
        List<Row> found = select("WHERE number = ?", List.of(number), "", 0, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The ticket a mail with one of these Message-IDs belongs to, through the thread's messages in and out. */
    Optional<UUID> ticketOfMail(List<String> mailIds) throws SQLException {
        for (String id : mailIds) {
            try (PreparedStatement ps = c.prepareStatement("SELECT ticket_id FROM ticketing_message WHERE mail_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(UUID.fromString(rs.getString(1).trim()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Rows matching the filter, newest first; {@code where} starts with WHERE. */
    List<Row> select(String where, List<Object> args, String order, int offset, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ticketing_ticket " + where
                + (order.isEmpty() ? " ORDER BY created_at DESC, number DESC" : order)
                + " OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY")) {
            UtcTimestamps.bind(ps, args);
            List<Row> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(UUID.fromString(rs.getString(1).trim()), rs.getLong(2),
                            UUID.fromString(rs.getString(3).trim()), rs.getString(4), rs.getString(5), rs.getString(6),
                            Urgency.valueOf(rs.getString(7)), TicketStatus.valueOf(rs.getString(8)), rs.getString(9),
                            rs.getString(10), rs.getBoolean(11), UtcTimestamps.get(rs, 12), UtcTimestamps.get(rs, 13), UtcTimestamps.get(rs, 14),
                            UtcTimestamps.get(rs, 15), rs.getLong(16)));
                }
            }
            return out;
        }
    }

    long count(String where, List<Object> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ticketing_ticket " + where)) {
            UtcTimestamps.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    void insertMessage(TicketMessage m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticketing_message (" + MESSAGE_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, m.id().toString());
            ps.setString(2, m.ticketId().toString());
            ps.setString(3, m.kind().name());
            ps.setString(4, m.author());
            ps.setString(5, m.body());
            ps.setBoolean(6, m.important());
            ps.setString(7, m.mailId());
            ps.setString(8, m.delivery());
            UtcTimestamps.set(ps, 9, m.createdAt());
            ps.executeUpdate();
        }
    }

    void setDelivery(UUID messageId, String delivery) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ticketing_message SET delivery = ? WHERE id = ?")) {
            ps.setString(1, delivery);
            ps.setString(2, messageId.toString());
            ps.executeUpdate();
        }
    }

    List<TicketMessage> messages(String where, List<Object> args, String order) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MESSAGE_COLUMNS + " FROM ticketing_message " + where
                + " " + order)) {
            UtcTimestamps.bind(ps, args);
            List<TicketMessage> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String delivery = rs.getString(8);
                    out.add(new TicketMessage(UUID.fromString(rs.getString(1).trim()), UUID.fromString(rs.getString(2).trim()),
                            TicketMessage.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getBoolean(6),
                            rs.getString(7), delivery == null ? null : delivery.trim(), UtcTimestamps.get(rs, 9)));
                }
            }
            return out;
        }
    }

    /** Marks a mail taken; false when it was taken before (the mailbox read again). */
    boolean markSeen(String mailId, UUID ticketId, String outcome, Instant at) throws SQLException {
        try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM ticketing_mail_seen WHERE mail_id = ?")) {
            check.setString(1, mailId);
            try (ResultSet rs = check.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ticketing_mail_seen (mail_id, ticket_id, outcome, seen_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, mailId);
            ps.setString(2, ticketId == null ? null : ticketId.toString());
            ps.setString(3, outcome);
            UtcTimestamps.set(ps, 4, at);
            ps.executeUpdate();
            return true;
        }
    }

}
