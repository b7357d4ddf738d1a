package io.pitstop.ledger.impl;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.Money;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.SchemaMigrations;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.BookStatus;
import io.pitstop.ledger.api.CaptureRequest;
import io.pitstop.ledger.api.Hold;
import io.pitstop.ledger.api.HoldId;
import io.pitstop.ledger.api.HoldRequest;
import io.pitstop.ledger.api.HoldStatus;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.JournalQuery;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ledger.api.LedgerEvents;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.PostingRequest;
import io.pitstop.ledger.api.Statement;
import io.pitstop.ledger.api.TransactionId;
import io.pitstop.ledger.api.TransactionType;
import io.pitstop.ledger.api.VerifyResult;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger on plain JDBC over the shared JTA data source: inside a
 * transaction the pool hands out that transaction's connection, so a caller
 * (accounts opening a book, billing charging a licence) composes its own
 * writes and ours atomically. JPA would add a flush and dirty-checking round
 * to every posting and hide the statement order the lock discipline relies on.
 */
@Component(service = Ledger.class)
public class LedgerImpl implements Ledger {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerImpl.class);
    static final String MODULE = "ledger";
    static final List<String> SCRIPTS = List.of("V001__ledger.sql", "V002__ledger_seal.sql",
            "V003__ledger_entry_chain_optional.sql", "V004__ledger_hold_close_key.sql");
    private static final String BOOK_TYPE = "ledger-book";

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private SchemaMigrations migrations;

    @Reference
    private DomainEvents events;

    @Reference
    private AuditService audit;

    private Clock clock = Clock.systemUTC();
    private Dialect dialect;
    private Journal journal;
    private GroupCommit writes;

    public LedgerImpl() {
    }

    /**
     * Outside OSGi (tests, benchmarks): the data source must hand out the transaction's connection
     * inside {@code transactions}, as the JTA pool does. {@code events} may be null.
     */
    public LedgerImpl(DataSource dataSource, Transactions transactions, SchemaMigrations migrations, DomainEvents events,
                      Clock clock) {
        this(dataSource, transactions, migrations, events, null, clock);
    }

    /** As above, with the audit log that records overdrafts ({@code audit} may be null). */
    public LedgerImpl(DataSource dataSource, Transactions transactions, SchemaMigrations migrations, DomainEvents events,
                      AuditService audit, Clock clock) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.migrations = migrations;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        migrations.migrate(MODULE, LedgerImpl.class.getClassLoader(), "db/" + MODULE, SCRIPTS);
        try (Connection c = dataSource.getConnection()) {
            dialect = Dialect.of(c);
        } catch (SQLException e) {
            throw Db.failure("reach its database", e);
        }
        journal = new Journal(dialect);
        writes = new GroupCommit(transactions, dataSource, dialect::lockAll, this::postAll);
        write((c, undo) -> {
            for (HouseBook house : HouseBook.values()) {
                insertBook(c, house.bookId(), Money.RUB, BigDecimal.ZERO.setScale(2), BookStatus.OPEN, Requests.DEFAULT_ZONE, true);
            }
            return null;
        });
    }

    /** A unit of work on the transaction's connection. */
    interface Work<T> {
        T run(Connection c, Undo undo) throws SQLException;
    }

    private <T> T write(Work<T> work) {
        return writes.alone(work);
    }

    private <T> T read(Work<T> work) {
        return write(work);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    // ---- books ----

    @Override
    public void openBook(UUID book, String currency, BigDecimal creditLimit, BookStatus status, String timeZone) {
        Validation v = new Validation();
        v.required(book, "book");
        v.require(book == null || !Journal.isHouse(book), "book", "is a house book; house books exist from the start");
        String code = Requests.currency(v, currency, "currency");
        BigDecimal limit = creditLimit == null ? BigDecimal.ZERO.setScale(2) : creditLimit(v, creditLimit);
        String zone = Requests.zone(v, timeZone);
        v.throwIfInvalid();
        write((c, undo) -> {
            if (!insertBook(c, book, code, limit, status == null ? BookStatus.OPEN : status, zone, false)) {
                Books.Row existing = Books.read(c, book);
                if (existing != null && !existing.currency().equals(code)) {
                    throw new ConflictException("Book " + book + " is already open in " + existing.currency(), book.toString());
                }
            }
            return null;
        });
    }

    private static BigDecimal creditLimit(Validation v, BigDecimal limit) {
        if (limit.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return Requests.amount(v, limit, "creditLimit", true);
    }

    private boolean insertBook(Connection c, UUID book, String currency, BigDecimal limit, BookStatus status, String zone,
                               boolean house) throws SQLException {
        Instant now = now();
        return dialect.insertOnce(c, "INSERT INTO ledger_book (" + Books.COLUMNS + ", created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, book.toString());
                    ps.setString(2, currency);
                    ps.setBoolean(3, house);
                    ps.setString(4, status.name());
                    ps.setBigDecimal(5, limit);
                    ps.setBigDecimal(6, BigDecimal.ZERO.setScale(2));
                    ps.setBigDecimal(7, BigDecimal.ZERO.setScale(2));
                    ps.setString(8, zone);
                    ps.setLong(9, 0);
                    ps.setString(10, Hashes.GENESIS);
                    Db.setInstant(ps, 11, now);
                    Db.setInstant(ps, 12, now);
                });
    }

    @Override
    public void updateBook(UUID book, BigDecimal creditLimit, BookStatus status, String timeZone) {
        Validation v = new Validation();
        v.required(book, "book");
        v.require(book == null || !Journal.isHouse(book), "book", "is a house book; its settings are fixed");
        BigDecimal limit = creditLimit == null ? null : creditLimit(v, creditLimit);
        String zone = timeZone == null ? null : Requests.zone(v, timeZone);
        v.throwIfInvalid();
        List<String> sets = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (limit != null) {
            sets.add("credit_limit = ?");
            params.add(limit);
        }
        if (status != null) {
            sets.add("status = ?");
            params.add(status.name());
        }
        if (zone != null) {
            sets.add("time_zone = ?");
            params.add(zone);
        }
        sets.add("updated_at = ?");
        params.add(now());
        params.add(book.toString());
        write((c, undo) -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_book SET " + String.join(", ", sets) + " WHERE id = ?")) {
                int i = 1;
                for (Object p : params) {
                    if (p instanceof BigDecimal) {
                        ps.setBigDecimal(i++, (BigDecimal) p);
                    } else if (p instanceof Instant) {
                        Db.setInstant(ps, i++, (Instant) p);
                    } else {
                        ps.setString(i++, (String) p);
                    }
                }
                if (ps.executeUpdate() == 0) {
                    throw new NotFoundException(BOOK_TYPE, book);
                }
            }
            return null;
        });
    }

    @Override
    public BookBalance balance(UUID book) {
        if (book == null) {
            throw ValidationException.field("book", "is required");
        }
        return read((c, undo) -> {
            Books.Row row = Books.read(c, book);
            if (row == null) {
                throw new NotFoundException(BOOK_TYPE, book);
            }
            return row.toBalance();
        });
    }

    // ---- postings ----

    @Override
    public LedgerTransaction post(Actor actor, PostingRequest request) {
        Requests.actor(actor);
        if (request == null) {
            throw ValidationException.field("body", "is required");
        }
        Validation v = new Validation();
        Requests.key(v, request.idempotencyKey());
        Requests.type(v, request.type());
        v.require(!TransactionType.REVERSAL.equals(request.type()) && !TransactionType.HOLD_CAPTURE.equals(request.type()),
                "type", "is written by the ledger itself: use a reversal or a hold capture");
        Requests.text(v, request.reason(), "reason", Requests.MAX_TEXT, true);
        Requests.text(v, request.sourceDocument(), "sourceDocument", Requests.MAX_DOCUMENT, true);
        v.require(!request.allowOverdraft() || actor.hasAnyRole(Actor.ADMIN), "allowOverdraft",
                "may be set by an administrator only");
        List<PostingLine> lines = lines(v, request.lines());
        v.throwIfInvalid();

        String hash = Hashes.request("post", request.type(), request.reason(), request.sourceDocument(),
                request.allowOverdraft(), lines);
        Journal.NewTransaction t = new Journal.NewTransaction(UUID.randomUUID(), request.idempotencyKey(), hash,
                request.type(), request.reason(), request.sourceDocument(), actor.name(), now(), null, lines);
        boolean checkLimits = !request.allowOverdraft() && !TransactionType.OVERDRAFT_ALLOWED.contains(request.type());
        // the busiest write: postings that wait for the same books share a commit (see GroupCommit);
        // prepared here, on the caller's thread, so a group's leader only sends it
        Journal.Prepared prepared = Journal.prepare(t, checkLimits, Map.of());
        return writes.write(new Posting(actor, prepared), lines.stream().map(l -> l.book().toString()).toList());
    }

    /** A posting as a unit of work, which a group can also send with others ({@link #postAll}). */
    private final class Posting implements Work<LedgerTransaction> {
        private final Actor actor;
        private final Journal.Prepared prepared;

        Posting(Actor actor, Journal.Prepared prepared) {
            this.actor = actor;
            this.prepared = prepared;
        }

        @Override
        public LedgerTransaction run(Connection c, Undo undo) throws SQLException {
            LedgerTransaction done = journal.post(c, prepared, undo, Journal.LINES);
            if (done == null) {
                return replayed(c, prepared.t().idempotencyKey(), prepared.t().requestHash());
            }
            posted(done);
            if (!prepared.checkLimits()) {
                overdrawn(c, actor, done, "allowOverdraft");
            }
            return done;
        }
    }

    /** A group's postings in one go, with their events; null (nothing kept) when they cannot all go so. */
    private List<?> postAll(Connection c, List<Work<?>> works) throws SQLException {
        List<Journal.Prepared> postings = new ArrayList<>(works.size());
        for (Work<?> work : works) {
            // an allowed overdraft is rare and writes its own event and audit record: it goes one by one
            if (!(work instanceof Posting) || !((Posting) work).prepared.checkLimits()) {
                return null;
            }
            postings.add(((Posting) work).prepared);
        }
        List<LedgerTransaction> done = journal.postAll(c, postings);
        if (done != null && events != null) {
            events.publishAll(done.stream().map(this::postedEvent).toList());
        }
        return done;
    }

    /** Normalised lines: scale 2, upper-case currency; every line's problems are reported. */
    private static List<PostingLine> lines(Validation v, List<PostingLine> lines) {
        if (lines.size() < 2) {
            v.require(false, "lines", "must have at least 2 lines");
            return List.of();
        }
        List<PostingLine> result = new ArrayList<>();
        Map<UUID, String> bookCurrency = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            PostingLine line = lines.get(i);
            String prefix = "lines[" + i + "].";
            if (line == null) {
                v.require(false, "lines[" + i + "]", "is required");
                continue;
            }
            v.required(line.book(), prefix + "book");
            BigDecimal amount = Requests.amount(v, line.amount(), prefix + "amount", false);
            String currency = Requests.currency(v, line.currency(), prefix + "currency");
            v.maxLength(line.memo(), Requests.MAX_TEXT, prefix + "memo");
            if (line.book() != null && currency != null) {
                String other = bookCurrency.putIfAbsent(line.book(), currency);
                v.require(other == null || other.equals(currency), prefix + "currency",
                        "differs from another line on the same book (" + other + ")");
            }
            result.add(new PostingLine(line.book(), amount, currency, line.memo()));
        }
        if (!v.hasErrors()) {
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            for (PostingLine line : result) {
                sums.merge(line.currency(), line.amount(), BigDecimal::add);
            }
            sums.forEach((currency, sum) -> v.require(sum.signum() == 0, "lines",
                    "must sum to zero per currency; " + currency + " is off by " + sum.toPlainString()));
        }
        return result;
    }

    private LedgerTransaction replayed(Connection c, String key, String hash) throws SQLException {
        LedgerTransaction first = journal.replay(c, key, hash);
        if (first == null) {
            throw new IllegalStateException("Ledger transaction key clash without a transaction holding key " + key);
        }
        return first;
    }

    @Override
    public LedgerTransaction reverse(Actor actor, TransactionId id, String reason, String idempotencyKey) {
        Requests.actor(actor);
        Validation v = new Validation();
        v.required(id, "transactionId");
        Requests.key(v, idempotencyKey);
        Requests.text(v, reason, "reason", Requests.MAX_TEXT, true);
        v.throwIfInvalid();
        String hash = Hashes.request("reverse", id.value(), reason);
        return write((c, undo) -> {
            LedgerTransaction original = journal.load(c, id.value(), false);
            if (original == null) {
                LedgerTransaction first = journal.replay(c, idempotencyKey, hash);
                if (first != null) {
                    return first;
                }
                throw new NotFoundException(TransactionId.TYPE, id);
            }
            if (original.reverses() != null) {
                // reversing it would post the original again without any of the checks a posting passes
                throw new BusinessRuleException("reversal-not-reversible", "Transaction " + id + " reverses "
                        + original.reverses() + " and cannot be reversed itself; post a new transaction instead");
            }
            List<PostingLine> lines = original.entries().stream()
                    .map(e -> new PostingLine(e.book(), e.amount().negate(), e.currency(), e.memo())).toList();
            Journal.NewTransaction t = new Journal.NewTransaction(UUID.randomUUID(), idempotencyKey, hash,
                    TransactionType.REVERSAL, reason, id.ref().toString(), actor.name(), now(), id.value(), lines);
            LedgerTransaction done = journal.post(c, t, false, Map.of(), undo, Journal.LINES);
            if (done == null) {
                LedgerTransaction first = journal.replay(c, idempotencyKey, hash);
                if (first != null) {
                    return first;
                }
                String by = reversedBy(c, id);
                throw new ConflictException("Transaction " + id + " was already reversed by " + by
                        + "; a transaction can be reversed once", by);
            }
            posted(done);
            publish(LedgerEvents.REVERSED, done.id().ref(), Map.of("transactionId", done.id().toString(), "type", done.type(),
                    "reverses", id.toString(), "author", done.author()));
            overdrawn(c, actor, done, "reversal");
            return done;
        });
    }

    private static String reversedBy(Connection c, TransactionId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM ledger_transaction WHERE reverses = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1).trim() : null;
            }
        }
    }

    @Override
    public LedgerTransaction get(TransactionId id) {
        if (id == null) {
            throw ValidationException.field("transactionId", "is required");
        }
        LedgerTransaction t = read((c, undo) -> journal.load(c, id.value(), false));
        if (t == null) {
            throw new NotFoundException(TransactionId.TYPE, id);
        }
        return t;
    }

    @Override
    public Page<LedgerTransaction> journal(JournalQuery query, PageRequest page) {
        JournalQuery q = query == null ? new JournalQuery(null, null, null, null, null) : query;
        PageRequest p = page == null ? PageRequest.first(PageRequest.DEFAULT_LIMIT) : page;
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.book() != null) {
            where.append(" AND id IN (SELECT transaction_id FROM ledger_entry WHERE book_id = ?)");
            params.add(q.book().toString());
        }
        if (q.from() != null) {
            where.append(" AND posted_at >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            where.append(" AND posted_at < ?");
            params.add(q.to());
        }
        if (q.type() != null && !q.type().isBlank()) {
            where.append(" AND tx_type = ?");
            params.add(q.type());
        }
        if (q.author() != null && !q.author().isBlank()) {
            where.append(" AND author = ?");
            params.add(q.author());
        }
        return read((c, undo) -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ledger_transaction" + where)) {
                Journal.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Object> paged = new ArrayList<>(params);
            paged.add(p.offset());
            paged.add(p.limit());
            List<LedgerTransaction> items = journal.loadAll(c, "SELECT " + Journal.TX_COLUMNS + " FROM ledger_transaction"
                    + where + " ORDER BY posted_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", paged, false);
            return new Page<>(items, total, p.offset(), p.limit());
        });
    }

    // ---- holds ----

    @Override
    public Hold hold(Actor actor, HoldRequest request) {
        Requests.actor(actor);
        if (request == null) {
            throw ValidationException.field("body", "is required");
        }
        Validation v = new Validation();
        Requests.key(v, request.idempotencyKey());
        v.required(request.book(), "book");
        BigDecimal amount = Requests.amount(v, request.amount(), "amount", true);
        String currency = Requests.currency(v, request.currency(), "currency");
        Requests.text(v, request.reason(), "reason", Requests.MAX_TEXT, true);
        Instant now = now();
        v.require(request.expiresAt() == null || request.expiresAt().isAfter(now), "expiresAt", "must be in the future");
        v.throwIfInvalid();
        Instant expires = request.expiresAt() == null ? null : request.expiresAt().truncatedTo(ChronoUnit.MILLIS);
        String hash = Hashes.request("hold", request.book(), amount, currency, request.reason(), expires);
        String id = UUID.randomUUID().toString();
        String book = request.book().toString();
        return write((c, undo) -> {
            boolean inserted = dialect.insertOnce(c, Holds.INSERT, ps -> {
                ps.setString(1, id);
                ps.setString(2, request.idempotencyKey());
                ps.setString(3, hash);
                ps.setString(4, book);
                ps.setBigDecimal(5, amount);
                ps.setString(6, currency);
                ps.setString(7, request.reason());
                ps.setString(8, actor.name());
                Db.setInstant(ps, 9, now);
                Db.setInstant(ps, 10, expires);
            });
            if (!inserted) {
                Object[] first = Holds.byKey(c, request.idempotencyKey());
                if (first == null) {
                    throw new IllegalStateException("Hold key clash without a hold holding key " + request.idempotencyKey());
                }
                if (!hash.equals(first[1])) {
                    throw new ConflictException("Idempotency key '" + request.idempotencyKey()
                            + "' was already used for a different request", ((Hold) first[0]).id().toString());
                }
                return (Hold) first[0];
            }
            undo.add(cc -> {
                try (PreparedStatement ps = cc.prepareStatement("DELETE FROM ledger_hold WHERE id = ?")) {
                    ps.setString(1, id);
                    ps.executeUpdate();
                }
            });
            // a hold checks the available amount like a debit does, and takes the same row lock
            // refused without the lock may be a concurrent change: decide again on the locked row
            Dialect.BookDelta reserve = new Dialect.BookDelta(book, currency, BigDecimal.ZERO, amount, 0, true);
            if (dialect.apply(c, reserve) == null && (!dialect.lock(c, book) || dialect.apply(c, reserve) == null)) {
                undo.run(c, null);
                throw Journal.refusal(c, dialect, List.of(new PostingLine(request.book(), amount.negate(), currency, null)),
                        Map.of(), true, HOLD_FIELDS);
            }
            Hold hold = new Hold(new HoldId(UUID.fromString(id)), request.book(), amount, currency, request.reason(),
                    HoldStatus.PENDING, now, expires, null, null, actor.name());
            holdEvent(LedgerEvents.HOLD_CREATED, hold);
            return hold;
        });
    }

    private static final Journal.Fields HOLD_FIELDS = new Journal.Fields() {
        @Override
        public String book(int line) {
            return "book";
        }

        @Override
        public String currency(int line) {
            return "currency";
        }
    };

    private static final Journal.Fields CAPTURE_FIELDS = new Journal.Fields() {
        @Override
        public String book(int line) {
            return line == 0 ? "holdId" : "counterBook";
        }

        @Override
        public String currency(int line) {
            return line == 0 ? "holdId" : "counterBook";
        }
    };

    @Override
    public LedgerTransaction capture(Actor actor, HoldId id, CaptureRequest request) {
        Requests.actor(actor);
        if (request == null) {
            throw ValidationException.field("body", "is required");
        }
        Validation v = new Validation();
        v.required(id, "holdId");
        Requests.key(v, request.idempotencyKey());
        v.required(request.counterBook(), "counterBook");
        BigDecimal amount = request.amount() == null ? null : Requests.amount(v, request.amount(), "amount", true);
        Requests.text(v, request.reason(), "reason", Requests.MAX_TEXT, false);
        v.throwIfInvalid();
        String hash = Hashes.request("capture", id.value(), amount, request.counterBook(), request.reason());
        return write((c, undo) -> {
            // a retry of a capture that went through must not trip over the hold being posted already
            LedgerTransaction first = journal.replay(c, request.idempotencyKey(), hash);
            if (first != null) {
                return first;
            }
            Instant now = now();
            Hold hold = Holds.byId(c, id.toString());
            if (hold == null) {
                throw new NotFoundException(HoldId.TYPE, id);
            }
            checkPending(hold, now);
            BigDecimal captured = amount == null ? hold.amount() : amount;
            Validation late = new Validation();
            late.require(captured.compareTo(hold.amount()) <= 0, "amount",
                    "must not exceed the held " + hold.amount().toPlainString());
            late.require(!hold.book().equals(request.counterBook()), "counterBook", "must differ from the held book");
            late.throwIfInvalid();
            UUID txId = UUID.randomUUID();
            String reason = request.reason() == null || request.reason().isBlank() ? hold.reason() : request.reason();
            if (!Holds.close(c, id.toString(), HoldStatus.POSTED, now, reason, captured, txId.toString(),
                    request.idempotencyKey())) {
                first = journal.replay(c, request.idempotencyKey(), hash);
                if (first != null) {
                    return first;
                }
                checkPending(Holds.byId(c, id.toString()), now);
                throw new ConflictException("Hold " + id + " changed while it was being captured; repeat the request");
            }
            undo.add(cc -> {
                try (PreparedStatement ps = cc.prepareStatement("UPDATE ledger_hold SET status = 'PENDING', closed_at = NULL, "
                        + "close_reason = NULL, captured_amount = NULL, capture_tx = NULL WHERE id = ?")) {
                    ps.setString(1, id.toString());
                    ps.executeUpdate();
                }
            });
            List<PostingLine> lines = List.of(
                    new PostingLine(hold.book(), captured.negate(), hold.currency(), "capture of hold " + id),
                    new PostingLine(request.counterBook(), captured, hold.currency(), "capture of hold " + id));
            Journal.NewTransaction t = new Journal.NewTransaction(txId, request.idempotencyKey(), hash,
                    TransactionType.HOLD_CAPTURE, reason, id.ref().toString(), actor.name(), now, null, lines);
            // the held money was reserved when the hold was taken: the debit is not checked again
            LedgerTransaction done = journal.post(c, t, false, Map.of(hold.book().toString(), hold.amount().negate()),
                    undo, CAPTURE_FIELDS);
            if (done == null) {
                undo.run(c, null);
                return replayed(c, request.idempotencyKey(), hash);
            }
            posted(done);
            holdEvent(LedgerEvents.HOLD_CAPTURED, Holds.byId(c, id.toString()));
            return done;
        });
    }

    private static void checkPending(Hold hold, Instant now) {
        if (hold.status() != HoldStatus.PENDING) {
            throw new BusinessRuleException("hold-not-pending", "Hold " + hold.id() + " is " + hold.status()
                    + "; only a pending hold can be captured or voided");
        }
        if (hold.expiresAt() != null && !hold.expiresAt().isAfter(now)) {
            throw new BusinessRuleException("hold-expired", "Hold " + hold.id() + " expired at " + hold.expiresAt());
        }
    }

    @Override
    public Hold voidHold(Actor actor, HoldId id, String reason, String idempotencyKey) {
        Requests.actor(actor);
        Validation v = new Validation();
        v.required(id, "holdId");
        Requests.key(v, idempotencyKey);
        // a void gives reserved money back: like every posting it says why, for the auditor
        Requests.text(v, reason, "reason", Requests.MAX_TEXT, true);
        v.throwIfInvalid();
        return write((c, undo) -> {
            Hold hold = Holds.byId(c, id.toString());
            if (hold == null) {
                throw new NotFoundException(HoldId.TYPE, id);
            }
            String other = Holds.closedBy(c, idempotencyKey);
            if (other != null && !other.equals(id.toString())) {
                throw new ConflictException("Idempotency key '" + idempotencyKey + "' was already used for a different request",
                        other);
            }
            if (hold.status() != HoldStatus.PENDING
                    || !Holds.close(c, id.toString(), HoldStatus.VOIDED, now(), reason, null, null, idempotencyKey)) {
                // read again: a repeat running alongside may have closed it under this very key
                return voidedAlready(Holds.byId(c, id.toString()), id.toString().equals(Holds.closedBy(c, idempotencyKey)));
            }
            Books.release(c, hold.book().toString(), hold.amount());
            Hold voided = Holds.byId(c, id.toString());
            holdEvent(LedgerEvents.HOLD_VOIDED, voided);
            return voided;
        });
    }

    /**
     * The answer to a void of a hold that is no longer pending: the voided hold to a repeat of the
     * request that voided it ({@code ours}: its key closed this hold), a conflict to a new request
     * (it was voided already, so this one changed nothing), a refusal when it was captured or expired.
     */
    private static Hold voidedAlready(Hold hold, boolean ours) {
        if (hold.status() == HoldStatus.VOIDED) {
            if (ours) {
                return hold.asReplayed();
            }
            throw new ConflictException("Hold " + hold.id() + " was already voided by another request; nothing was changed",
                    hold.id().toString());
        }
        throw new BusinessRuleException("hold-not-pending", "Hold " + hold.id() + " is " + hold.status()
                + "; only a pending hold can be voided");
    }

    @Override
    public Hold getHold(HoldId id) {
        if (id == null) {
            throw ValidationException.field("holdId", "is required");
        }
        Hold hold = read((c, undo) -> Holds.byId(c, id.toString()));
        if (hold == null) {
            throw new NotFoundException(HoldId.TYPE, id);
        }
        return hold;
    }

    @Override
    public List<Hold> holds(UUID book, boolean pendingOnly) {
        if (book == null) {
            throw ValidationException.field("book", "is required");
        }
        return read((c, undo) -> Holds.query(c, "SELECT " + Holds.COLUMNS + " FROM ledger_hold WHERE book_id = ?"
                + (pendingOnly ? " AND status = 'PENDING'" : "") + " ORDER BY created_at DESC FETCH FIRST 1000 ROWS ONLY",
                book.toString()));
    }

    @Override
    public int releaseExpiredHolds(Instant now) {
        Instant at = now == null ? now() : now;
        int released = 0;
        while (true) {
            List<Hold> due = read((c, undo) -> Holds.query(c, "SELECT " + Holds.COLUMNS + " FROM ledger_hold "
                    + "WHERE status = 'PENDING' AND expires_at <= ? ORDER BY expires_at FETCH FIRST 200 ROWS ONLY", at));
            for (Hold hold : due) {
                // one transaction per hold: a failure leaves the others released
                boolean expired = write((c, undo) -> {
                    if (!Holds.close(c, hold.id().toString(), HoldStatus.EXPIRED, at, "expired", null, null, null)) {
                        return false;
                    }
                    Books.release(c, hold.book().toString(), hold.amount());
                    holdEvent(LedgerEvents.HOLD_EXPIRED, Holds.byId(c, hold.id().toString()));
                    return true;
                });
                released += expired ? 1 : 0;
            }
            if (due.size() < 200) {
                return released;
            }
        }
    }

    // ---- statement and verification ----

    @Override
    public Statement statement(UUID book, LocalDate from, LocalDate to) {
        Validation v = new Validation();
        v.required(book, "book");
        v.required(from, "from");
        v.required(to, "to");
        v.require(from == null || to == null || !from.isAfter(to), "to", "must not be before the start of the period (from)");
        v.throwIfInvalid();
        return read((c, undo) -> Statements.build(c, book, from, to));
    }

    /**
     * Seals what has committed so far, then checks everything; what commits in between is checked
     * too but not yet covered by the seal chain, and only logged, as the result has no place for it.
     */
    @Override
    public VerifyResult verify() {
        Seals.sealPending(transactions, dataSource);
        return read((c, undo) -> {
            Verifier verifier = new Verifier(c);
            VerifyResult result = verifier.run();
            if (verifier.unsealed() > 0) {
                LOG.info("Ledger verify: {} transactions committed during the check are not sealed yet", verifier.unsealed());
            }
            return result;
        });
    }

    // ---- events ----

    private void posted(LedgerTransaction t) {
        if (events != null) {
            events.publish(postedEvent(t));
        }
    }

    private DomainEvent postedEvent(LedgerTransaction t) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("transactionId", t.id().toString());
        props.put("type", t.type());
        props.put("author", t.author());
        props.put("reason", t.reason());
        props.put("sourceDocument", t.sourceDocument());
        props.put("books", t.entries().stream().map(e -> e.book().toString()).collect(Collectors.joining(",")));
        props.put("amounts", t.entries().stream().map(e -> e.amount().toPlainString()).collect(Collectors.joining(",")));
        props.put("currencies", t.entries().stream().map(e -> e.currency()).collect(Collectors.joining(",")));
        if (t.reverses() != null) {
            props.put("reverses", t.reverses().toString());
        }
        return DomainEvent.of(LedgerEvents.POSTED, t.id().ref(), props);
    }

    /**
     * The overdraft policy's trace: every personal book a posting allowed past its limit (an
     * administrator's {@code allowOverdraft}, a reversal) and left below it gets an event and an
     * audit record in the posting's transaction, so the overdraft is never silent.
     */
    private void overdrawn(Connection c, Actor actor, LedgerTransaction t, String cause) throws SQLException {
        List<String> debited = t.entries().stream().filter(e -> e.amount().signum() < 0 && !Journal.isHouse(e.book()))
                .map(e -> e.book().toString()).distinct().toList();
        for (Books.Row book : Books.read(c, debited).values()) {
            if (book.available().signum() >= 0) {
                continue;
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("book", book.id().toString());
            props.put("transactionId", t.id().toString());
            props.put("type", t.type());
            props.put("cause", cause);
            props.put("balance", book.balance().toPlainString());
            props.put("creditLimit", book.creditLimit().toPlainString());
            props.put("available", book.available().toPlainString());
            props.put("currency", book.currency());
            props.put("author", actor.name());
            props.put("reason", t.reason());
            RecordRef subject = new RecordRef(BOOK_TYPE, book.id());
            publish(LedgerEvents.OVERDRAWN, subject, props);
            if (audit != null) {
                audit.record(actor, subject, "OVERDRAWN", null, props);
            }
        }
    }

    private void holdEvent(String topic, Hold hold) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("holdId", hold.id().toString());
        props.put("book", hold.book().toString());
        props.put("amount", hold.amount().toPlainString());
        props.put("currency", hold.currency());
        props.put("status", hold.status().name());
        props.put("author", hold.author());
        if (hold.capturedAmount() != null) {
            props.put("capturedAmount", hold.capturedAmount().toPlainString());
        }
        if (hold.capture() != null) {
            props.put("transactionId", hold.capture().toString());
        }
        publish(topic, hold.id().ref(), props);
    }

    private void publish(String topic, RecordRef subject, Map<String, Object> props) {
        if (events != null) {
            events.publish(DomainEvent.of(topic, subject, props));
        }
    }
}
