package io.pitstop.core.impl;

import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.SchemaMigrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Stores events in {@code domain_event_outbox} inside the caller's transaction.
 * Each row's dispatch order ({@code seq}) comes from this server: strictly
 * increasing, after the last waiting event and following the clock in
 * microseconds, so one server's events go out in the order they were published. Across
 * servers it orders by time only; nothing relies on more, since commit order
 * differs from publication order anyway.
 */
@Component(service = DomainEvents.class)
public class OutboxDomainEvents implements DomainEvents {
    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    /** Only to order activation after the outbox table exists. */
    @Reference
    private SchemaMigrations migrations;

    private final Json json = new Json();
    private final AtomicLong lastSeq = new AtomicLong();

    public OutboxDomainEvents() {
    }

    OutboxDomainEvents(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        activate();
    }

    /** Starts after the last waiting event, so events published now go out after it even if the clock went back. */
    @Activate
    void activate() throws SQLException {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(seq) FROM domain_event_outbox")) {
            rs.next();
            lastSeq.set(rs.getLong(1));
        }
    }

    @Override
    public void publish(DomainEvent event) {
        publishAll(List.of(event));
    }

    /** One batch of inserts: one round trip for the lot on PostgreSQL. */
    @Override
    public void publishAll(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO domain_event_outbox (id, seq, topic, "
                     + "subject_type, subject_id, properties_json, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (DomainEvent event : events) {
                ps.setString(1, event.id().toString());
                ps.setLong(2, nextSeq());
                ps.setString(3, event.topic());
                ps.setString(4, event.subject().type());
                ps.setString(5, event.subject().id().toString());
                ps.setString(6, json.write(event.properties()));
                ps.setTimestamp(7, Sql.timestamp(event.occurredAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store " + events.size() + " event(s), the first " + events.get(0).topic()
                    + ": " + e.getMessage(), e);
        }
    }

    long nextSeq() {
        long clockMicros = System.currentTimeMillis() * 1000;
        return lastSeq.updateAndGet(last -> Math.max(last + 1, clockMicros));
    }
}
