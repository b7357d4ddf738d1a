package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * PostgreSQL goes away under load and the ledger keeps its word: six clients post transfers, each with its own
 * Idempotency-Key, repeating it with the same key after any answer but a 2xx (or no answer at all), while the
 * database is restarted fast, then immediate, then stopped for 15 s. Afterwards every acknowledged transfer is in
 * the ledger exactly once, the balances add up, the chain verifies, and no answer said "nothing was changed" for a
 * transfer that the database had in fact committed. The server is the real distribution run with its bin/ scripts.
 */
public class PostgresFaultIT {
    private static final int CLIENTS = 6;
    private static final int ACCOUNTS = 6;
    private static final BigDecimal OPENING = new BigDecimal("100000.00");
    private static final String DOCUMENT = "PG-FAULT";
    /** How long one transfer is repeated before the test gives up on hearing its outcome. */
    private static final long PER_TRANSFER_MILLIS = 90_000;

    /** What one attempt of one transfer was answered. */
    private enum Said {
        CREATED, REPLAYED, NOTHING_CHANGED, OTHER
    }

    /** One transfer as its client saw it: every attempt's answer, in order. */
    private record Transfer(String key, List<Said> answers) {
        boolean acknowledged() {
            return answers.contains(Said.CREATED) || answers.contains(Said.REPLAYED);
        }
    }

    /** Answers by status and problem type ("201", "503 outcome-unknown", "io-error"), for the report. */
    private final Map<String, Integer> tally = new ConcurrentHashMap<>();

    @Test
    public void acknowledgedTransfersSurvivePostgresRestartsExactlyOnce() throws Exception {
        try (PostgresCluster pg = new PostgresCluster();
             Distribution server = new Distribution("accountant = accountant,accountant\nadmin = admin,admin\n"
                     + "manager = manager,manager\n")) {
            String db = "pitstop";
            server.usePostgres(pg.createDatabase(db, "pitstop", "fault-test"), "pitstop", "fault-test");
            Http http = server.start();
            Api api = new Api(http);
            http.await("contacts?limit=1", "manager", 240_000);
            http.await("ledger/verify", "admin", 240_000);
            String owner = api.createOrganization("ООО «Отказ»", Api.uniqueInn());
            List<String> accounts = new ArrayList<>();
            for (int i = 0; i < ACCOUNTS; i++) {
                String account = api.openAccount(owner, "0");
                api.topUp(account, OPENING.toPlainString());
                accounts.add(account);
            }

            AtomicBoolean posting = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Transfer> transfers = new ConcurrentLinkedQueue<>();
            AtomicInteger acked = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    while (posting.get()) {
                        Transfer t = transfer(http, accounts);
                        transfers.add(t);
                        if (t.acknowledged()) {
                            acked.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            long started = System.currentTimeMillis();
            // between the faults the clients work again before the next one comes: waited for as transfers
            // acknowledged, not guessed as seconds
            awaitWork(acked);
            pg.stopFast();
            pg.start();
            awaitWork(acked);
            pg.stopImmediate();
            pg.start();
            awaitWork(acked);
            pg.stopFast();
            Thread.sleep(15_000);
            pg.start();
            awaitWork(acked);
            posting.set(false);
            clients.shutdown();
            assertTrue("clients did not finish", clients.awaitTermination(PER_TRANSFER_MILLIS + 30_000, TimeUnit.MILLISECONDS));
            for (Future<?> f : running) {
                f.get();
            }
            long took = System.currentTimeMillis() - started;

            Map<String, Integer> rowsPerKey = new HashMap<>();
            try (Connection c = pg.superuser(db); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT t.idem_key, (SELECT COUNT(*) FROM ledger_entry e WHERE e.transaction_id = t.id)"
                         + " FROM ledger_transaction t WHERE t.source_document = '" + DOCUMENT + "'")) {
                while (r.next()) {
                    assertEquals("entries of the transfer with key " + r.getString(1), 2, r.getInt(2));
                    rowsPerKey.merge(r.getString(1), 1, Integer::sum);
                }
            }
            List<Transfer> all = List.copyOf(transfers);
            Set<String> sent = all.stream().map(Transfer::key).collect(Collectors.toSet());
            long acknowledged = all.stream().filter(Transfer::acknowledged).count();
            List<String> lost = all.stream().filter(Transfer::acknowledged).map(Transfer::key)
                    .filter(k -> !rowsPerKey.containsKey(k)).toList();
            List<String> twice = rowsPerKey.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
            List<String> strangers = rowsPerKey.keySet().stream().filter(k -> !sent.contains(k)).toList();
            // a "nothing was changed" answer was false when the transfer exists and no other attempt could have made
            // it: none was answered 201 and none ended without a definite answer (no answer, outcome unknown)
            List<String> falseNothing = all.stream().filter(t -> rowsPerKey.containsKey(t.key()))
                    .filter(t -> t.answers().contains(Said.NOTHING_CHANGED))
                    .filter(t -> !t.answers().contains(Said.CREATED) && !t.answers().contains(Said.OTHER))
                    .map(Transfer::key).toList();
            long unanswered = all.stream().filter(t -> !t.acknowledged()).count();
            long unansweredButWritten = all.stream().filter(t -> !t.acknowledged()).filter(t -> rowsPerKey.containsKey(t.key())).count();

            BigDecimal total = BigDecimal.ZERO;
            for (String account : accounts) {
                total = total.add(api.balanceOf(account));
            }
            boolean intact = http.get("ledger/verify", "admin").json().get("intact").asBoolean();

            System.out.printf("PostgreSQL fault test: %d transfers in %d s, %d acknowledged, %d in the ledger, %d never"
                            + " acknowledged (%d of them written); answers: %s; lost %d, twice %d, false 'nothing was"
                            + " changed' %d%n", all.size(), took / 1000, acknowledged, rowsPerKey.size(), unanswered,
                    unansweredButWritten, new TreeMap<>(tally), lost.size(), twice.size(), falseNothing.size());

            assertTrue("the clients got nothing through: " + tally, acknowledged > 0);
            assertEquals("acknowledged transfers missing from the ledger", List.of(), lost);
            assertEquals("transfers in the ledger twice", List.of(), twice);
            assertEquals("transfers in the ledger that no client sent", List.of(), strangers);
            // transfers move money between the accounts: whatever happened, their sum is what was topped up
            assertEquals(0, OPENING.multiply(BigDecimal.valueOf(ACCOUNTS)).compareTo(total));
            assertTrue("ledger/verify is not intact", intact);
            assertEquals("transfers answered 'nothing was changed' that the ledger has (answers: " + tally + ")",
                    List.of(), falseNothing);
            // an outage is a 503 a client may repeat (unavailable, busy or outcome-unknown), never an incident
            assertEquals("answers '500 internal' while the database restarted (answers: " + tally + ")",
                    null, tally.get("500 internal"));
        }
    }

    /**
     * Waits until the clients got ten transfers each acknowledged more (the server and its pool are back and
     * working), at most a minute: the next fault then meets transfers in flight on a server that recovered.
     */
    private static void awaitWork(AtomicInteger acked) throws InterruptedException {
        int target = acked.get() + 10 * CLIENTS;
        long end = System.currentTimeMillis() + 60_000;
        while (acked.get() < target && System.currentTimeMillis() < end) {
            Thread.sleep(100);
        }
    }

    /** One transfer between two random accounts, repeated with its key until acknowledged or out of time. */
    private Transfer transfer(Http http, List<String> accounts) throws InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int from = random.nextInt(accounts.size());
        int to = (from + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
        BigDecimal amount = BigDecimal.valueOf(random.nextInt(100, 1000), 2);
        String body = "{\"type\":\"transfer\",\"reason\":\"fault test\",\"sourceDocument\":\"" + DOCUMENT + "\",\"lines\":["
                + "{\"accountId\":\"" + accounts.get(from) + "\",\"amount\":" + amount.negate().toPlainString() + ",\"currency\":\"RUB\"},"
                + "{\"accountId\":\"" + accounts.get(to) + "\",\"amount\":" + amount.toPlainString() + ",\"currency\":\"RUB\"}]}";
        Transfer t = new Transfer(UUID.randomUUID().toString(), new ArrayList<>());
        long end = System.currentTimeMillis() + PER_TRANSFER_MILLIS;
        while (System.currentTimeMillis() < end) {
            Said said;
            try {
                Http.Answer a = http.post("ledger/transactions", "accountant", body, "Idempotency-Key", t.key());
                said = classify(a);
            } catch (IllegalStateException noAnswer) {
                tally.merge("no answer", 1, Integer::sum);
                said = Said.OTHER;
            }
            t.answers().add(said);
            if (said == Said.CREATED || said == Said.REPLAYED) {
                return t;
            }
            Thread.sleep(200);
        }
        return t;
    }

    private Said classify(Http.Answer a) {
        String type = a.status() >= 400 && a.json() != null && a.json().has("type")
                ? a.json().get("type").asText().replace("urn:pitstop:problem:", "") : "";
        tally.merge((a.status() + " " + type).trim(), 1, Integer::sum);
        if (a.status() == 201) {
            return Said.CREATED;
        }
        if (a.status() == 200 && a.json() != null && a.json().path("replayed").asBoolean()) {
            return Said.REPLAYED;
        }
        if (a.status() == 200) {
            throw new AssertionError("a 200 that is not a replay: " + a);
        }
        return a.body().contains("nothing was changed") ? Said.NOTHING_CHANGED : Said.OTHER;
    }
}
