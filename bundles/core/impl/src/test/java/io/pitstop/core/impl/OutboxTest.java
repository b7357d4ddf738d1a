package io.pitstop.core.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.RecordRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

public class OutboxTest {
    private static final String TOPIC = "pitstop/test/HAPPENED";

    /** Every delivered event, in delivery order; a real Event Admin would hand them to handlers. */
    private static final class Recorder implements EventAdmin {
        final List<Event> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void postEvent(Event event) {
            events.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            events.add(event);
        }
    }

    private static DomainEvent event(UUID publisher, int n) {
        return new DomainEvent(UUID.randomUUID(), TOPIC, new RecordRef("publisher", publisher), Map.of("n", n), Instant.now());
    }

    /** The publisher's running number that an event carries. */
    private static int n(Event e) {
        return ((Number) e.getProperty("n")).intValue();
    }

    private static void drain(OutboxDispatcher dispatcher) throws Exception {
        while (dispatcher.dispatchBatch() > 0) {
            // until the outbox is empty
        }
    }

    @Test
    public void concurrentPublishersLoseNothingAndEachKeepsItsOrder() throws Exception {
        EmbeddedDataSource ds = SchemaMigrationsImplTest.derby();
        new SchemaMigrationsImpl(ds);
        OutboxDomainEvents outbox = new OutboxDomainEvents(ds);
        Recorder recorder = new Recorder();
        OutboxDispatcher dispatcher = new OutboxDispatcher(ds, recorder);
        int publishers = 6;
        int each = 300;
        ExecutorService pool = Executors.newFixedThreadPool(publishers + 1);
        List<UUID> ids = new ArrayList<>();
        List<Future<?>> work = new ArrayList<>();
        for (int p = 0; p < publishers; p++) {
            UUID publisher = UUID.randomUUID();
            ids.add(publisher);
            work.add(pool.submit(() -> {
                for (int n = 0; n < each; n += 2) {
                    if (n % 10 == 0) {
                        outbox.publishAll(List.of(event(publisher, n), event(publisher, n + 1)));
                    } else {
                        outbox.publish(event(publisher, n));
                        outbox.publish(event(publisher, n + 1));
                    }
                }
                return null;
            }));
        }
        // the dispatcher runs while they publish, as in the server
        Future<?> dispatching = pool.submit(() -> {
            while (!work.stream().allMatch(Future::isDone)) {
                dispatcher.dispatchBatch();
            }
            return null;
        });
        for (Future<?> f : work) {
            f.get(60, TimeUnit.SECONDS);
        }
        dispatching.get(60, TimeUnit.SECONDS);
        drain(dispatcher);
        pool.shutdown();

        assertEquals(publishers * each, recorder.events.size());
        for (UUID publisher : ids) {
            List<Integer> seen = new ArrayList<>();
            for (Event e : recorder.events) {
                if (publisher.toString().equals(e.getProperty(DomainEvents.SUBJECT_ID))) {
                    seen.add(n(e));
                }
            }
            List<Integer> expected = new ArrayList<>();
            for (int n = 0; n < each; n++) {
                expected.add(n);
            }
            assertEquals("events of one publisher arrive once each, in the order published", expected, seen);
        }
        assertEquals(0, count(ds));
    }

    @Test
    public void orderKeysKeepRisingWhenTheClockDoesNot() throws Exception {
        EmbeddedDataSource ds = SchemaMigrationsImplTest.derby();
        new SchemaMigrationsImpl(ds);
        OutboxDomainEvents outbox = new OutboxDomainEvents(ds);
        long last = 0;
        for (int i = 0; i < 100_000; i++) {
            long next = outbox.nextSeq();
            assertTrue(next > last);
            last = next;
        }
        assertTrue("follows the clock, so a restarted server orders after what it left", last >= System.currentTimeMillis() * 1000 - 60_000_000L);
    }

    @Test
    public void eventsWaitingInTheOldOutboxSurviveTheUpgradeAndGoFirst() throws Exception {
        EmbeddedDataSource ds = SchemaMigrationsImplTest.derby();
        new SchemaMigrationsImpl(ds, SchemaMigrationsImpl.CORE_SCRIPTS.subList(0, 2));
        UUID waiting = UUID.randomUUID();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO event_outbox (id, topic, subject_type, subject_id, "
                     + "properties_json, occurred_at) VALUES (?, ?, 'publisher', ?, '{\"n\":-1}', ?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, TOPIC);
            ps.setString(3, waiting.toString());
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
        new SchemaMigrationsImpl(ds);
        new OutboxDomainEvents(ds).publish(event(waiting, 0));
        Recorder recorder = new Recorder();
        drain(new OutboxDispatcher(ds, recorder));
        assertEquals(2, recorder.events.size());
        assertEquals(-1, n(recorder.events.get(0)));
        assertEquals(0, n(recorder.events.get(1)));
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getTables(null, null, "EVENT_OUTBOX", null)) {
            assertFalse("the old table is gone", rs.next());
        }
    }

    @Test
    public void aRestartedServerPublishesAfterWhatIsStillWaiting() throws Exception {
        EmbeddedDataSource ds = SchemaMigrationsImplTest.derby();
        new SchemaMigrationsImpl(ds);
        UUID publisher = UUID.randomUUID();
        OutboxDomainEvents before = new OutboxDomainEvents(ds);
        before.publish(event(publisher, 0));
        // as if the clock had gone back an hour since: the waiting event's key lies ahead of it
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE domain_event_outbox SET seq = seq + 3600000000");
        }
        new OutboxDomainEvents(ds).publish(event(publisher, 1));
        Recorder recorder = new Recorder();
        drain(new OutboxDispatcher(ds, recorder));
        assertEquals(List.of(0, 1), recorder.events.stream().map(OutboxTest::n).toList());
    }

    private static int count(EmbeddedDataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM domain_event_outbox")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
