package io.pitstop.core.impl;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.DeadLetter;
import io.pitstop.core.api.DeadLetterQuery;
import io.pitstop.core.api.DeadLetterReprocessor;
import io.pitstop.core.api.DeadLetterStatus;
import io.pitstop.core.api.DeadLetters;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.SchemaMigrations;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.time.Clock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Dead letters in {@code dead_letter}, written in a transaction of their own. Reprocessing claims the letter
 * first (a committed time stamp, so a second click or a second node gets a 409 instead of sending it twice),
 * then runs the route outside any transaction (the route's own operations commit on their own), then records
 * the outcome. A claim older than {@link #CLAIM} is taken to belong to a server that died while reprocessing.
 */
@Component(service = DeadLetters.class)
public class JdbcDeadLetters implements DeadLetters {
    static final String RECORD_TYPE = "dead-letter";
    static final int MAX_BODY = 32000;
    static final int MAX_COMMENT = 2000;
    private static final int MAX_HEADERS_JSON = 16000;
    static final Duration CLAIM = Duration.ofMinutes(5);
    private static final String COLUMNS = "id, at_utc, source, error, body, route, endpoint, headers, status, attempts, handled_by, "
            + "handled_at, handling_comment";

    private final DataSource dataSource;
    private final Transactions transactions;
    private final AuditService audit;
    private final Clock clock;
    private final Json json = new Json();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DeadLetterReprocessor reprocessor;

    @Activate
    public JdbcDeadLetters(@Reference(target = "(osgi.jndi.service.name=pitstop)") DataSource dataSource,
                           @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                           @Reference AuditService audit, @Reference Clock clock) {
        // migrations: only to order activation after the table exists
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** For tests: the integration as a running system would provide it. */
    void reprocessor(DeadLetterReprocessor reprocessor) {
        this.reprocessor = reprocessor;
    }

    @Override
    public DeadLetter record(String source, String error, String body) {
        return record(source, null, null, error, body, Map.of());
    }

    @Override
    public DeadLetter record(String source, String route, String endpoint, String error, String body, Map<String, String> headers) {
        DeadLetter letter = new DeadLetter(UUID.randomUUID(), clock.now(), clip(source == null ? "route" : source, 200),
                clip(error == null ? "unknown error" : error, 4000), body == null ? null : clip(body, MAX_BODY),
                route == null ? null : clip(route, 200), endpoint == null ? null : clip(endpoint, 1000), headers,
                DeadLetterStatus.OPEN, 0, null, null, null);
        String headersJson = letter.headers().isEmpty() ? null : json.write(new TreeMap<>(letter.headers()));
        if (headersJson != null && headersJson.length() > MAX_HEADERS_JSON) {
            // headers are for replaying; a letter is kept even when they are not
            headersJson = null;
            letter = withHeaders(letter, Map.of());
        }
        DeadLetter stored = letter;
        String storedHeaders = headersJson;
        return transactions.requiresNew(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO dead_letter (id, at_utc, source, error, body, route, endpoint, "
                         + "headers, status, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                ps.setString(1, stored.id().toString());
                ps.setTimestamp(2, Sql.timestamp(stored.at()));
                ps.setString(3, stored.source());
                ps.setString(4, stored.error());
                ps.setString(5, stored.body());
                ps.setString(6, stored.route());
                ps.setString(7, stored.endpoint());
                ps.setString(8, storedHeaders);
                ps.setString(9, DeadLetterStatus.OPEN.name());
                ps.executeUpdate();
            }
            return stored;
        });
    }

    private static DeadLetter withHeaders(DeadLetter l, Map<String, String> headers) {
        return new DeadLetter(l.id(), l.at(), l.source(), l.error(), l.body(), l.route(), l.endpoint(), headers, l.status(), l.attempts(),
                l.handledBy(), l.handledAt(), l.comment());
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Override
    public Page<DeadLetter> list(String source, PageRequest page) {
        return list(new DeadLetterQuery(source, null, null), page);
    }

    @Override
    public Page<DeadLetter> list(DeadLetterQuery query, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (query.source() != null) {
            conditions.add("source = ?");
            values.add(query.source());
        }
        if (query.route() != null) {
            conditions.add("route = ?");
            values.add(query.route());
        }
        if (query.status() != null) {
            conditions.add("status = ?");
            values.add(query.status().name());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM dead_letter" + where)) {
                bind(ps, values);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<DeadLetter> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM dead_letter" + where
                    + " ORDER BY at_utc DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int i = bind(ps, values);
                ps.setInt(i++, page.offset());
                ps.setInt(i, page.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(row(rs));
                    }
                }
            }
            return new Page<>(items, total, page.offset(), page.limit());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read dead letters: " + e.getMessage(), e);
        }
    }

    private static int bind(PreparedStatement ps, List<String> values) throws SQLException {
        int i = 1;
        for (String v : values) {
            ps.setString(i++, v);
        }
        return i;
    }

    private DeadLetter row(ResultSet rs) throws SQLException {
        String headers = rs.getString(8);
        Map<String, String> map = new LinkedHashMap<>();
        if (headers != null) {
            json.readMap(headers).forEach((k, v) -> map.put(k, String.valueOf(v)));
        }
        Timestamp handledAt = rs.getTimestamp(12);
        return new DeadLetter(UUID.fromString(rs.getString(1)), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), map, DeadLetterStatus.valueOf(rs.getString(9)), rs.getInt(10),
                rs.getString(11), handledAt == null ? null : handledAt.toInstant(), rs.getString(13));
    }

    @Override
    public DeadLetter get(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM dead_letter WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException(RECORD_TYPE, id);
                }
                return row(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read dead letter " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public DeadLetter resolve(Actor actor, UUID id, String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw ValidationException.field("comment", "is required");
        }
        if (text.length() > MAX_COMMENT) {
            throw ValidationException.field("comment", "must be at most " + MAX_COMMENT + " characters");
        }
        return transactions.required(() -> {
            DeadLetter before = get(id);
            requireOpen(before);
            Instant now = clock.now();
            int changed = update("UPDATE dead_letter SET status = ?, handled_by = ?, handled_at = ?, handling_comment = ?, claimed_at = NULL "
                    + "WHERE id = ? AND status = ? AND (claimed_at IS NULL OR claimed_at < ?)", DeadLetterStatus.RESOLVED.name(),
                    actor.name(), Sql.timestamp(now), text, id.toString(), DeadLetterStatus.OPEN.name(), Sql.timestamp(now.minus(CLAIM)));
            if (changed == 0) {
                throw new ConflictException("Dead letter " + id + " is being reprocessed right now; look at it again in a moment");
            }
            audit.record(actor, new RecordRef(RECORD_TYPE, id), "RESOLVE", Map.of("status", before.status().name()),
                    Map.of("status", DeadLetterStatus.RESOLVED.name(), "comment", text));
            return get(id);
        });
    }

    @Override
    public DeadLetter reprocess(Actor actor, UUID id) {
        DeadLetter letter = get(id);
        requireOpen(letter);
        if (letter.route() == null) {
            throw new ConflictException("Dead letter " + id + " names no route to send it through (it was kept before routes were "
                    + "recorded); resolve it with a comment");
        }
        DeadLetterReprocessor r = reprocessor;
        if (r == null) {
            throw new ConflictException("No integration is running to reprocess dead letter " + id + " (feature pitstop-camel)");
        }
        Instant now = clock.now();
        int claimed = transactions.required(() -> update("UPDATE dead_letter SET claimed_at = ? WHERE id = ? AND status = ? "
                + "AND (claimed_at IS NULL OR claimed_at < ?)", Sql.timestamp(now), id.toString(), DeadLetterStatus.OPEN.name(),
                Sql.timestamp(now.minus(CLAIM))));
        if (claimed == 0) {
            requireOpen(get(id));
            throw new ConflictException("Dead letter " + id + " is being reprocessed right now; look at it again in a moment");
        }
        try {
            r.reprocess(letter);
        } catch (ConflictException e) {
            // nothing was sent: the letter stays as it was
            transactions.required(() -> update("UPDATE dead_letter SET claimed_at = NULL WHERE id = ?", id.toString()));
            throw e;
        } catch (RuntimeException e) {
            String error = clip(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), 4000);
            transactions.required(() -> {
                update("UPDATE dead_letter SET error = ?, attempts = attempts + 1, claimed_at = NULL WHERE id = ?", error, id.toString());
                audit.record(actor, new RecordRef(RECORD_TYPE, id), "REPROCESS_FAILED", Map.of("error", letter.error()),
                        Map.of("error", error));
                return null;
            });
            throw new BusinessRuleException("dead-letter-failed-again", "The route " + letter.route() + " failed again; the letter "
                    + "stays open with the new error: " + firstLine(error));
        }
        return transactions.required(() -> {
            update("UPDATE dead_letter SET status = ?, handled_by = ?, handled_at = ?, attempts = attempts + 1, claimed_at = NULL "
                    + "WHERE id = ?", DeadLetterStatus.REPROCESSED.name(), actor.name(), Sql.timestamp(clock.now()), id.toString());
            audit.record(actor, new RecordRef(RECORD_TYPE, id), "REPROCESS", Map.of("status", DeadLetterStatus.OPEN.name()),
                    Map.of("status", DeadLetterStatus.REPROCESSED.name(), "route", letter.route()));
            return get(id);
        });
    }

    static String firstLine(String error) {
        int nl = error.indexOf('\n');
        return clip(nl < 0 ? error : error.substring(0, nl), 300);
    }

    private static void requireOpen(DeadLetter letter) {
        if (letter.status() != DeadLetterStatus.OPEN) {
            throw new ConflictException("Dead letter " + letter.id() + " is " + letter.status() + " already (by " + letter.handledBy()
                    + "); only an open letter is reprocessed or resolved", letter.id().toString());
        }
    }

    private int update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update dead letter: " + e.getMessage(), e);
        }
    }
}
