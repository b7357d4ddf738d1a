package io.pitstop.core.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.DeadLetter;
import io.pitstop.core.api.DeadLetterQuery;
import io.pitstop.core.api.DeadLetterStatus;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.time.Clock;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Before;
import org.junit.Test;

public class JdbcDeadLettersTest {
    private static final Actor ADMIN = new Actor("admin", Set.of(Actor.ADMIN));
    private static int databases;

    private final List<String> audited = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T10:00:00Z"));
    private EmbeddedDataSource ds;
    private JdbcDeadLetters letters;

    @Before
    public void setUp() throws Exception {
        ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:letters" + (++databases) + System.nanoTime());
        ds.setCreateDatabase("create");
        for (String script : List.of("V002__dead_letters.sql", "V006__dead_letter_handling.sql")) {
            try (InputStream in = JdbcDeadLetters.class.getClassLoader().getResourceAsStream("db/core/" + script);
                 Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n"));
                for (String statement : sql.split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
        }
        Transactions direct = new Transactions() {
            @Override
            public <T> T required(Callable<T> work) {
                try {
                    return work.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public boolean active() {
                return false;
            }

            @Override
            public <T> T requiresNew(Callable<T> work) {
                return required(work);
            }
        };
        AuditService audit = new AuditService() {
            @Override
            public void record(Actor actor, RecordRef subject, String action, Map<String, ?> before, Map<String, ?> after) {
                audited.add(actor.name() + " " + action + " " + after);
            }

            @Override
            public Page<AuditEntry> history(RecordRef subject, PageRequest page) {
                throw new UnsupportedOperationException();
            }
        };
        Clock clock = new Clock() {
            @Override
            public Instant now() {
                return now.get();
            }

            @Override
            public java.time.ZoneId zone() {
                return java.time.ZoneId.of("Europe/Moscow");
            }
        };
        letters = new JdbcDeadLetters(ds, null, direct, audit, clock);
    }

    private DeadLetter failed(String route) {
        return letters.record("import", route, "direct:" + route, "IllegalStateException: bad row\ncaused by: IOException: gone",
                "{\"inn\":\"1\"}", Map.of("CamelFileName", "a.csv", "PitstopIdempotencyKey", "line-1"));
    }

    @Test
    public void aLetterIsReadBackWithRouteEndpointHeadersAndErrorChain() {
        DeadLetter kept = failed("rows");
        DeadLetter read = letters.get(kept.id());
        assertEquals("rows", read.route());
        assertEquals("direct:rows", read.endpoint());
        assertEquals(Map.of("CamelFileName", "a.csv", "PitstopIdempotencyKey", "line-1"), read.headers());
        assertEquals(DeadLetterStatus.OPEN, read.status());
        assertTrue(read.error(), read.error().contains("caused by: IOException: gone"));
        assertEquals(now.get(), read.at());
        assertThrows(NotFoundException.class, () -> letters.get(UUID.randomUUID()));
    }

    @Test
    public void listFiltersByStatusRouteAndSourceNewestFirst() {
        DeadLetter first = failed("rows");
        now.set(now.get().plusSeconds(60));
        DeadLetter second = failed("mail");
        now.set(now.get().plusSeconds(60));
        letters.record("old-style", "refused", "x");
        letters.resolve(ADMIN, first.id(), "Fixed by hand");
        Page<DeadLetter> open = letters.list(new DeadLetterQuery(null, null, DeadLetterStatus.OPEN), PageRequest.first(10));
        assertEquals(2, open.total());
        assertEquals("old-style", open.items().get(0).source());
        assertEquals(second.id(), open.items().get(1).id());
        assertEquals(List.of(second.id()), letters.list(new DeadLetterQuery(null, "mail", null), PageRequest.first(10)).items().stream()
                .map(DeadLetter::id).toList());
        assertEquals(1, letters.list(new DeadLetterQuery(null, null, DeadLetterStatus.RESOLVED), PageRequest.first(10)).total());
        assertEquals(2, letters.list("import", PageRequest.first(10)).total());
    }

    @Test
    public void resolveNeedsACommentKeepsWhoAndWhenAndIsFinal() {
        DeadLetter letter = failed("rows");
        ValidationException blank = assertThrows(ValidationException.class, () -> letters.resolve(ADMIN, letter.id(), "  "));
        assertEquals("comment", blank.fieldErrors().get(0).field());
        assertThrows(ValidationException.class, () -> letters.resolve(ADMIN, letter.id(), "x".repeat(2001)));
        assertEquals(DeadLetterStatus.OPEN, letters.get(letter.id()).status());
        DeadLetter resolved = letters.resolve(ADMIN, letter.id(), " Client fixed the INN and sent it again ");
        assertEquals(DeadLetterStatus.RESOLVED, resolved.status());
        assertEquals("admin", resolved.handledBy());
        assertEquals(now.get(), resolved.handledAt());
        assertEquals("Client fixed the INN and sent it again", resolved.comment());
        assertThrows(ConflictException.class, () -> letters.resolve(ADMIN, letter.id(), "again"));
        assertThrows(ConflictException.class, () -> letters.reprocess(ADMIN, letter.id()));
        assertEquals(1, audited.stream().filter(a -> a.startsWith("admin RESOLVE")).count());
    }

    @Test
    public void reprocessFailingAgainKeepsTheLetterOpenWithTheNewErrorThenSucceeds() {
        DeadLetter letter = failed("rows");
        List<DeadLetter> sent = new ArrayList<>();
        AtomicReference<RuntimeException> outcome = new AtomicReference<>(new IllegalStateException("HTTP 500 from the gateway"));
        letters.reprocessor(l -> {
            sent.add(l);
            if (outcome.get() != null) {
                throw outcome.get();
            }
        });
        BusinessRuleException again = assertThrows(BusinessRuleException.class, () -> letters.reprocess(ADMIN, letter.id()));
        assertTrue(again.getMessage(), again.getMessage().contains("HTTP 500 from the gateway"));
        DeadLetter stillOpen = letters.get(letter.id());
        assertEquals(DeadLetterStatus.OPEN, stillOpen.status());
        assertEquals(1, stillOpen.attempts());
        assertEquals("HTTP 500 from the gateway", stillOpen.error());
        assertEquals("the reprocessor got body and headers as kept", letter.headers(), sent.get(0).headers());

        outcome.set(null);
        DeadLetter done = letters.reprocess(ADMIN, letter.id());
        assertEquals(DeadLetterStatus.REPROCESSED, done.status());
        assertEquals(2, done.attempts());
        assertEquals("admin", done.handledBy());
        assertThrows(ConflictException.class, () -> letters.reprocess(ADMIN, letter.id()));
        assertEquals(2, sent.size());
        assertTrue(audited.toString(), audited.stream().anyMatch(a -> a.startsWith("admin REPROCESS {")));
    }

    @Test
    public void reprocessWithoutRouteIntegrationOrWhileClaimedIsAConflictThatSendsNothing() throws Exception {
        DeadLetter oldStyle = letters.record("old", "refused", "x");
        DeadLetter letter = failed("rows");
        assertThrows(ConflictException.class, () -> letters.reprocess(ADMIN, letter.id()));
        List<DeadLetter> sent = new ArrayList<>();
        letters.reprocessor(sent::add);
        assertThrows(ConflictException.class, () -> letters.reprocess(ADMIN, oldStyle.id()));
        letters.reprocessor(l -> {
            throw new ConflictException("The route rows that failed is not running any more");
        });
        assertThrows(ConflictException.class, () -> letters.reprocess(ADMIN, letter.id()));
        assertEquals("a route that is gone leaves the letter as it was", 0, letters.get(letter.id()).attempts());

        letters.reprocessor(sent::add);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE dead_letter SET claimed_at = CURRENT_TIMESTAMP WHERE id = '" + letter.id() + "'");
        }
        // the test clock stands in 2026, the claim at the machine's now: a claim newer than five minutes holds
        now.set(Instant.now());
        assertThrows(ConflictException.class, () -> letters.reprocess(ADMIN, letter.id()));
        assertThrows(ConflictException.class, () -> letters.resolve(ADMIN, letter.id(), "while it runs"));
        assertEquals(List.of(), sent);
        now.set(Instant.now().plus(JdbcDeadLetters.CLAIM).plusSeconds(5));
        assertEquals("a claim of a server that died is taken over", DeadLetterStatus.REPROCESSED,
                letters.reprocess(ADMIN, letter.id()).status());
    }
}
