package io.pitstop.core.impl;

import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.SchemaMigrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands committed outbox rows to Event Admin in order and deletes them.
 * Delivery is at least once: a handler that must not act twice keys on the
 * event id ({@code event.id}).
 */
@Component(immediate = true)
public class OutboxDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 200;

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private EventAdmin eventAdmin;

    @Reference
    private SchemaMigrations migrations;

    private final Json json = new Json();
    private ScheduledExecutorService executor;

    public OutboxDispatcher() {
    }

    OutboxDispatcher(DataSource dataSource, EventAdmin eventAdmin) {
        this.dataSource = dataSource;
        this.eventAdmin = eventAdmin;
    }

    @Activate
    void activate() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "pitstop-outbox"));
        executor.scheduleWithFixedDelay(this::dispatchSafely, 1, 250, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void dispatchSafely() {
        try {
            while (dispatchBatch() == BATCH) {
                // keep going while a full batch came back
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Event outbox dispatch failed, will retry: {}", e.getMessage());
        }
    }

    int dispatchBatch() throws SQLException {
        List<String> sent = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, id, topic, subject_type, subject_id, properties_json, "
                    + "occurred_at FROM domain_event_outbox ORDER BY seq, id FETCH FIRST " + BATCH + " ROWS ONLY");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> props = new HashMap<>(json.readMap(rs.getString(6)));
                    props.put("event.id", rs.getString(2));
                    props.put(DomainEvents.SUBJECT_TYPE, rs.getString(4));
                    props.put(DomainEvents.SUBJECT_ID, rs.getString(5));
                    props.put("timestamp", rs.getTimestamp(7).getTime());
                    eventAdmin.postEvent(new Event(rs.getString(3), props));
                    sent.add(rs.getString(2));
                }
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM domain_event_outbox WHERE id = ?")) {
                for (String id : sent) {
                    del.setString(1, id);
                    del.addBatch();
                }
                if (!sent.isEmpty()) {
                    del.executeBatch();
                }
            }
        }
        return sent.size();
    }
}
