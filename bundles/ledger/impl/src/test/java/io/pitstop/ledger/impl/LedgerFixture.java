package io.pitstop.ledger.impl;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.ledger.api.BookStatus;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.PostingRequest;
import io.pitstop.ledger.api.TransactionType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** A ledger on a fresh in-memory Derby database, with a clock the test moves and the events it published. */
final class LedgerFixture {
    static final Actor ACCOUNTANT = new Actor("anna", Set.of(Actor.ACCOUNTANT));
    static final Actor ADMIN = new Actor("root", Set.of(Actor.ADMIN));
    static final UUID BANK = HouseBook.BANK.bookId();
    static final UUID REVENUE = HouseBook.REVENUE.bookId();

    final MovableClock clock = new MovableClock(Instant.parse("2024-03-01T09:00:00Z"));
    final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    /** What the ledger wrote to the audit log: action, subject, actor and the values after. */
    final List<String> audited = Collections.synchronizedList(new ArrayList<>());
    final ThreadBoundTransactions transactions;
    final LedgerImpl ledger;
    private final DataSource database;
    private int keys;

    LedgerFixture(DataSource database) {
        this.database = database;
        transactions = new ThreadBoundTransactions(database);
        ledger = new LedgerImpl(transactions.dataSource(), transactions, new ScriptMigrations(database), events::add,
                new AuditService() {
                    @Override
                    public void record(Actor actor, RecordRef subject, String action, Map<String, ?> before,
                                       Map<String, ?> after) {
                        audited.add(action + " " + subject + " by " + actor.name() + " " + after);
                    }

                    @Override
                    public Page<AuditEntry> history(RecordRef subject, PageRequest page) {
                        throw new UnsupportedOperationException();
                    }
                }, clock);
    }

    /** Events of one topic, in the order they were published. */
    List<DomainEvent> events(String topic) {
        synchronized (events) {
            return events.stream().filter(e -> e.topic().equals(topic)).toList();
        }
    }

    void close() {
        TestDatabases.close(database);
    }

    UUID book(String limit) {
        UUID id = UUID.randomUUID();
        ledger.openBook(id, "RUB", new BigDecimal(limit), BookStatus.OPEN, null);
        return id;
    }

    String key() {
        return "key-" + (++keys);
    }

    LedgerTransaction transfer(UUID from, UUID to, String amount) {
        return ledger.post(ACCOUNTANT, request(key(), TransactionType.TRANSFER, from, to, amount));
    }

    LedgerTransaction topup(UUID book, String amount) {
        return ledger.post(ACCOUNTANT, request(key(), TransactionType.TOPUP, BANK, book, amount));
    }

    static PostingRequest request(String key, String type, UUID from, UUID to, String amount) {
        return new PostingRequest(key, type, "test " + type, "doc-1", List.of(
                new PostingLine(from, new BigDecimal(amount).negate(), "RUB", null),
                new PostingLine(to, new BigDecimal(amount), "RUB", "memo")), false);
    }

    BigDecimal balance(UUID book) {
        return ledger.balance(book).balance();
    }

    int sql(String statement, Object... params) {
        return transactions.required(() -> {
            try (Connection c = transactions.dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement(statement)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                return ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A clock tests move by hand, or that moves on by a step each time it is read. */
    static final class MovableClock extends Clock {
        private Instant now;
        private Duration step = Duration.ZERO;

        MovableClock(Instant now) {
            this.now = now;
        }

        synchronized void set(Instant instant) {
            now = instant;
        }

        synchronized void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        /** From now on every reading is {@code step} later than the one before. */
        synchronized void tick(Duration step) {
            this.step = step;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            Instant read = now;
            now = now.plus(step);
            return read;
        }
    }
}
