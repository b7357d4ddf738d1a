package io.pitstop.payments.impl;

import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountQuery;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.time.Clock;
import io.pitstop.documents.api.BankAccount;
import io.pitstop.documents.api.LegalEntityService;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.PostingRequest;
import io.pitstop.ledger.api.TransactionType;
import io.pitstop.payments.api.InvoiceMatch;
import io.pitstop.payments.api.InvoiceMatching;
import io.pitstop.payments.api.Payment;
import io.pitstop.payments.api.PaymentDetail;
import io.pitstop.payments.api.PaymentDirection;
import io.pitstop.payments.api.PaymentEvents;
import io.pitstop.payments.api.PaymentQuery;
import io.pitstop.payments.api.PaymentService;
import io.pitstop.payments.api.PaymentStatus;
import io.pitstop.payments.api.StatementReport;
import io.pitstop.payments.api.StatementReport.LineNote;
import io.pitstop.payments.impl.PaymentMatcher.AccountRef;
import io.pitstop.payments.impl.PaymentMatcher.ClientRef;
import io.pitstop.payments.impl.PaymentMatcher.Decision;
import io.pitstop.payments.impl.PaymentMatcher.EntityRef;
import io.pitstop.payments.impl.statement.BankDocument;
import io.pitstop.payments.impl.statement.ParsedStatement;
import io.pitstop.payments.impl.statement.Statements;
import io.pitstop.payments.impl.statement.UnreadableStatement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payments on plain JDBC inside {@link Transactions}. Each document of a statement is imported in a transaction of
 * its own that holds the payment row, the ledger posting, the audit record and the event: a document refused
 * halfway leaves nothing, and its neighbours are imported all the same. A payment is stored once by its natural key
 * (unique index); its posting carries that key as the ledger's idempotency key, so even a race that slipped past
 * the index could not post twice.
 */
@Component(service = PaymentService.class)
public class PaymentServiceImpl implements PaymentService {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentServiceImpl.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String[] IMPORTERS = {Actor.ADMIN, Actor.ACCOUNTANT, Actor.INTEGRATOR};
    private static final String[] WORKERS = {Actor.ADMIN, Actor.ACCOUNTANT};
    /** A note or reason is kept inside the explanation (2,000 characters), with the earlier one. */
    private static final int MAX_NOTE = 1000;

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private PaymentsSchema schema;

    @Reference
    private AuditService audit;

    @Reference
    private DomainEvents events;

    @Reference
    private Clock clock;

    @Reference
    private Ledger ledger;

    @Reference
    private AccountService accounts;

    @Reference
    private ContactService contacts;

    @Reference
    private LegalEntityService legalEntities;

    /** The billing plugin's invoice strategy, when it runs; none is needed. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<InvoiceMatching> invoiceMatchings = new CopyOnWriteArrayList<>();

    /** Thrown inside a document's transaction to undo it when its natural key is taken. */
    private static final class Duplicate extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Duplicate() {
            super(null, null, false, false);
        }
    }

    private enum Outcome { MATCHED, UNMATCHED, OUTGOING }

    @Override
    public StatementReport importStatement(Actor actor, byte[] file, String source) {
        require(actor, IMPORTERS);
        ParsedStatement parsed;
        try {
            parsed = Statements.read(file);
        } catch (UnreadableStatement e) {
            throw ValidationException.field("file", e.getMessage());
        }
        if (parsed.documents().isEmpty()) {
            // nothing to import: refused as a whole with every reason, and nothing is stored (not even the statement)
            List<FieldError> errors = new ArrayList<>();
            parsed.rejected().forEach(n -> errors.add(new FieldError("file", "line " + n.line() + ": " + n.reason())));
            if (errors.isEmpty()) {
                errors.add(new FieldError("file", "holds no payment document"));
            }
            throw new ValidationException(errors);
        }
        UUID statementId = UUID.randomUUID();
        PaymentMatcher.Directory directory = new Directory();
        Set<String> ours = parsed.ourAccounts();
        List<LineNote> rejected = new ArrayList<>(parsed.rejected());
        List<LineNote> warnings = new ArrayList<>(parsed.notes());
        int matched = 0;
        int unmatched = 0;
        int outgoing = 0;
        int duplicates = 0;
        for (BankDocument doc : parsed.documents()) {
            try {
                Outcome o = transactions.required(() -> importOne(actor, statementId, doc, ours, directory));
                switch (o) {
                    case MATCHED -> matched++;
                    case UNMATCHED -> unmatched++;
                    default -> outgoing++;
                }
                doc.warnings().forEach(w -> warnings.add(new LineNote(doc.line(), w)));
            } catch (Duplicate d) {
                duplicates++;
            } catch (PitstopException e) {
                rejected.add(new LineNote(doc.line(), e.getMessage()));
            }
        }
        rejected.sort((a, b) -> Integer.compare(a.line(), b.line()));
        StatementReport report = new StatementReport(statementId, parsed.format(), parsed.charset(), parsed.read(),
                matched + unmatched + outgoing, matched, unmatched, outgoing, duplicates, rejected, warnings);
        storeStatement(actor, source, sha256(file), report);
        LOG.info("Statement {} from {}: {} read, {} imported, {} matched, {} unmatched, {} outgoing, {} duplicates, {} rejected",
                statementId, source, report.read(), report.imported(), matched, unmatched, outgoing, duplicates, rejected.size());
        return report;
    }

    private Outcome importOne(Actor actor, UUID statementId, BankDocument doc, Set<String> ours,
                              PaymentMatcher.Directory directory) throws SQLException {
        PaymentDirection direction = PaymentMatcher.direction(doc, ours, directory.ourEntities());
        boolean out = direction == PaymentDirection.OUT;
        String key = naturalKey(direction, doc);
        try (Connection c = dataSource.getConnection()) {
            if (exists(c, key)) {
                throw new Duplicate();
            }
            Instant now = clock.now();
            UUID id = UUID.randomUUID();
            Decision d = out ? new Decision(PaymentStatus.OUTGOING, null, null, null, PaymentMatcher.RULE_OUTGOING,
                    "Paid from our own account " + doc.payer().account() + ": recorded, not posted.", null)
                    : PaymentMatcher.decide(doc, directory);
            Payment stored = new Payment(id, statementId, doc.line(), direction, doc.number(), doc.date(), doc.amount(),
                    PaymentMatcher.CURRENCY, doc.payer(), doc.recipient(), doc.purpose(), d.status(),
                    d.account() == null ? null : d.account().id(), d.account() == null ? null : d.account().number(),
                    d.clientId(), d.legalEntityId(), d.rule(), d.explanation(), doc.warnings(), key, null, now, now);
            // the row first: a second import of the same payment waits on its key here and then finds it taken, before
            // it has touched the ledger
            try (PreparedStatement s = c.prepareStatement(PaymentRows.INSERT)) {
                PaymentRows.bind(s, stored);
                s.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new Duplicate();
                }
                throw e;
            }
            Payment p = stored;
            if (d.status() == PaymentStatus.MATCHED) {
                UUID transaction = post(actor, id, key, doc.number(), doc.date().toString(), doc.payer().name(), doc.amount(),
                        d.account().id());
                try (PreparedStatement s = c.prepareStatement("UPDATE payments_payment SET transaction_id = ? WHERE id = ?")) {
                    s.setString(1, transaction.toString());
                    s.setString(2, id.toString());
                    s.executeUpdate();
                }
                p = withTransaction(stored, transaction);
            }
            audit.record(actor, ref(id), "IMPORT", Map.of(), fields(p));
            publish(p, d.invoiceId());
            return out ? Outcome.OUTGOING : d.status() == PaymentStatus.MATCHED ? Outcome.MATCHED : Outcome.UNMATCHED;
        }
    }

    private static Payment withTransaction(Payment p, UUID transaction) {
        return new Payment(p.id(), p.statementId(), p.line(), p.direction(), p.number(), p.date(), p.amount(), p.currency(),
                p.payer(), p.recipient(), p.purpose(), p.status(), p.accountId(), p.accountNumber(), p.clientId(), p.legalEntityId(),
                p.rule(), p.explanation(), p.warnings(), p.naturalKey(), transaction, p.createdAt(), p.updatedAt());
    }

    /** A top-up of the account from the bank book, sourced by the payment, keyed by the payment's natural key. */
    private UUID post(Actor actor, UUID paymentId, String key, String number, String date, String payer, BigDecimal amount,
                      UUID account) {
        String reason = "Bank payment № " + number + " of " + date + (payer == null ? "" : " from " + payer);
        LedgerTransaction t = ledger.post(actor, new PostingRequest("payment:" + key, TransactionType.TOPUP,
                reason.length() > 500 ? reason.substring(0, 500) : reason, ref(paymentId).toString(), List.of(
                new PostingLine(account, amount, PaymentMatcher.CURRENCY, "payment " + number),
                new PostingLine(HouseBook.BANK.bookId(), amount.negate(), PaymentMatcher.CURRENCY, "payment " + number)), false));
        return t.id().value();
    }

    /**
     * The payment's identity across files: direction, date, the bank's document number, the payer's account (or INN,
     * or name when neither is given), the amount and the recipient's account (or INN). An overlapping statement
     * repeats exactly these; two real payments never share them all (a payer numbers its orders per account and year).
     */
    static String naturalKey(PaymentDirection direction, BankDocument d) {
        String payer = d.payer().account() != null ? d.payer().account() : d.payer().inn() != null ? "inn" + d.payer().inn()
                : "name" + sha256(d.payer().name().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        String recipient = d.recipient().account() != null ? d.recipient().account()
                : d.recipient().inn() != null ? "inn" + d.recipient().inn() : "-";
        String number = d.number().length() > 40 ? d.number().substring(0, 40) : d.number();
        return direction.name() + "|" + d.date() + "|" + number + "|" + payer + "|" + d.amount().toPlainString() + "|" + recipient;
    }

    private boolean exists(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM payments_payment WHERE natural_key = ?")) {
            s.setString(1, key);
            return s.executeQuery().next();
        }
    }

    private void storeStatement(Actor actor, String source, String hash, StatementReport r) {
        transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO payments_statement (id, received_at, received_by, source, "
                        + "format, charset, file_hash, read_count, imported, matched, unmatched, outgoing, duplicates, rejected) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    s.setString(1, r.statementId().toString());
                    s.setTimestamp(2, Timestamp.from(clock.now()));
                    s.setString(3, actor.name());
                    s.setString(4, source == null ? "api" : source.length() > 200 ? source.substring(0, 200) : source);
                    s.setString(5, r.format());
                    s.setString(6, r.charset());
                    s.setString(7, hash);
                    s.setInt(8, r.read());
                    s.setInt(9, r.imported());
                    s.setInt(10, r.matched());
                    s.setInt(11, r.unmatched());
                    s.setInt(12, r.outgoing());
                    s.setInt(13, r.duplicates());
                    s.setInt(14, r.rejected().size());
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO payments_statement_note (statement_id, seq, kind, line, reason) "
                        + "VALUES (?, ?, ?, ?, ?)")) {
                    int seq = 0;
                    for (LineNote n : r.rejected()) {
                        note(s, r.statementId(), seq++, "rejected", n);
                    }
                    for (LineNote n : r.warnings()) {
                        note(s, r.statementId(), seq++, "warning", n);
                    }
                    s.executeBatch();
                }
                audit.record(actor, new RecordRef("payment-statement", r.statementId()), "IMPORT", Map.of(), Map.of(
                        "source", source == null ? "api" : source, "format", r.format(), "read", r.read(), "imported", r.imported(),
                        "matched", r.matched(), "duplicates", r.duplicates(), "rejected", r.rejected().size()));
                return null;
            }
        });
    }

    private static void note(PreparedStatement s, UUID statement, int seq, String kind, LineNote n) throws SQLException {
        s.setString(1, statement.toString());
        s.setInt(2, seq);
        s.setString(3, kind);
        s.setInt(4, n.line());
        s.setString(5, n.reason().length() > 1000 ? n.reason().substring(0, 1000) : n.reason());
        s.addBatch();
    }

    @Override
    public Page<Payment> list(PaymentQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (query.status() != null) {
            where.append(" AND status = ?");
            args.add(query.status().name());
        }
        if (query.accountId() != null) {
            where.append(" AND account_id = ?");
            args.add(query.accountId().toString());
        }
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM payments_payment" + where)) {
                bind(s, args);
                ResultSet r = s.executeQuery();
                r.next();
                total = r.getLong(1);
            }
            List<Payment> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + PaymentRows.COLUMNS + " FROM payments_payment" + where
                    + " ORDER BY created_at DESC, doc_date DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                bind(s, args);
                s.setInt(args.size() + 1, page.offset());
                s.setInt(args.size() + 2, page.limit());
                ResultSet r = s.executeQuery();
                while (r.next()) {
                    items.add(PaymentRows.read(r));
                }
            }
            return new Page<>(items, total, page.offset(), page.limit());
        } catch (SQLException e) {
            throw PaymentsSchema.failure("list payments", e);
        }
    }

    private static void bind(PreparedStatement s, List<String> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            s.setString(i + 1, args.get(i));
        }
    }

    @Override
    public PaymentDetail get(UUID id) {
        Payment p = find(id);
        return new PaymentDetail(p, p.status().open() ? PaymentMatcher.suggestions(p.payer().inn(), p.purpose(), new Directory()) : List.of());
    }

    private Payment find(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + PaymentRows.COLUMNS + " FROM payments_payment WHERE id = ?")) {
            s.setString(1, id.toString());
            ResultSet r = s.executeQuery();
            if (!r.next()) {
                throw new NotFoundException(RECORD_TYPE, id);
            }
            return PaymentRows.read(r);
        } catch (SQLException e) {
            throw PaymentsSchema.failure("read a payment", e);
        }
    }

    @Override
    public Payment assign(Actor actor, UUID id, UUID accountId, String note) {
        require(actor, WORKERS);
        if (accountId == null) {
            throw ValidationException.field("accountId", "is required");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw ValidationException.field("note", "must be at most " + MAX_NOTE + " characters");
        }
        return transactions.required(() -> {
            Payment before = find(id);
            open(before);
            Account account;
            try {
                account = accounts.get(new AccountId(accountId));
            } catch (NotFoundException e) {
                throw ValidationException.field("accountId", "is no account");
            }
            String refused = PaymentMatcher.refusal(ref(account));
            if (refused != null) {
                throw ValidationException.field("accountId", "the account " + refused);
            }
            String explanation = "Assigned by hand by " + actor.name() + " to personal account № " + account.number() + "."
                    + (note == null || note.isBlank() ? "" : " " + note.strip()) + " Before: " + before.explanation();
            UUID transaction = post(actor, id, before.naturalKey(), before.number(), before.date().toString(), before.payer().name(),
                    before.amount(), accountId);
            Payment after = change(before, PaymentStatus.MATCHED, accountId, account.number(), account.owner().value(),
                    PaymentMatcher.RULE_MANUAL, clip(explanation), transaction);
            audit.record(actor, ref(id), "ASSIGN", fields(before), fields(after));
            publish(after, null);
            return after;
        });
    }

    @Override
    public Payment markForReturn(Actor actor, UUID id, String reason) {
        require(actor, WORKERS);
        if (reason == null || reason.isBlank()) {
            throw ValidationException.field("reason", "is required");
        }
        if (reason.length() > MAX_NOTE) {
            throw ValidationException.field("reason", "must be at most " + MAX_NOTE + " characters");
        }
        return transactions.required(() -> {
            Payment before = find(id);
            open(before);
            Payment after = change(before, PaymentStatus.RETURN, before.accountId(), before.accountNumber(), before.clientId(),
                    before.rule(), clip("Marked for return by " + actor.name() + ": " + reason.strip() + " Before: " + before.explanation()),
                    null);
            audit.record(actor, ref(id), "RETURN", fields(before), fields(after));
            events.publish(DomainEvent.of(PaymentEvents.RETURN, ref(id), Map.of("reason", reason.strip(),
                    "amount", after.amount().toPlainString())));
            return after;
        });
    }

    private static void open(Payment p) {
        if (!p.status().open()) {
            throw new ConflictException("The payment is " + p.status() + ", no longer in the queue", p.id().toString());
        }
    }

    private Payment change(Payment before, PaymentStatus status, UUID accountId, String accountNumber, UUID clientId, String rule,
                           String explanation, UUID transaction) throws SQLException {
        Instant now = clock.now();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE payments_payment SET status = ?, account_id = ?, account_number = ?, "
                     + "client_id = ?, rule_code = ?, explanation = ?, transaction_id = ?, updated_at = ? WHERE id = ? AND status = ?")) {
            s.setString(1, status.name());
            PaymentRows.uuid(s, 2, accountId);
            s.setString(3, accountNumber);
            PaymentRows.uuid(s, 4, clientId);
            s.setString(5, rule);
            s.setString(6, explanation);
            PaymentRows.uuid(s, 7, transaction);
            s.setTimestamp(8, Timestamp.from(now));
            s.setString(9, before.id().toString());
            s.setString(10, before.status().name());
            if (s.executeUpdate() != 1) {
                throw new ConflictException("The payment was changed meanwhile", before.id().toString());
            }
        }
        Payment p = before;
        return new Payment(p.id(), p.statementId(), p.line(), p.direction(), p.number(), p.date(), p.amount(), p.currency(),
                p.payer(), p.recipient(), p.purpose(), status, accountId, accountNumber, clientId, p.legalEntityId(), rule,
                explanation, p.warnings(), p.naturalKey(), transaction, p.createdAt(), now);
    }

    private void publish(Payment p, UUID invoiceId) {
        Map<String, Object> props = new HashMap<>();
        props.put("amount", p.amount().toPlainString());
        props.put("rule", p.rule());
        props.put("status", p.status().name());
        if (p.accountId() != null) {
            props.put("accountId", p.accountId().toString());
        }
        if (p.transactionId() != null) {
            props.put("transactionId", p.transactionId().toString());
        }
        if (invoiceId != null) {
            props.put("invoiceId", invoiceId.toString());
        }
        if (p.status() == PaymentStatus.MATCHED) {
            events.publish(DomainEvent.of(PaymentEvents.MATCHED, ref(p.id()), props));
        } else if (p.status().open()) {
            events.publish(DomainEvent.of(PaymentEvents.UNMATCHED, ref(p.id()), props));
        }
    }

    private static Map<String, Object> fields(Payment p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", p.number());
        m.put("date", p.date().toString());
        m.put("amount", p.amount().toPlainString());
        m.put("direction", p.direction().name());
        m.put("status", p.status().name());
        m.put("rule", p.rule());
        m.put("explanation", p.explanation());
        m.put("accountNumber", p.accountNumber() == null ? "" : p.accountNumber());
        m.put("transactionId", p.transactionId() == null ? "" : p.transactionId().toString());
        return m;
    }

    private static String clip(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private static RecordRef ref(UUID id) {
        return new RecordRef(RECORD_TYPE, id);
    }

    private static void require(Actor actor, String... roles) {
        if (!actor.hasAnyRole(roles)) {
            throw new AccessDeniedException("Payments need one of the roles " + String.join(", ", roles));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes == null ? new byte[0] : bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AccountRef ref(Account a) {
        return new AccountRef(a.id().value(), a.number(), a.owner().value(), a.currency(), a.status() != AccountStatus.CLOSED);
    }

    /** The matcher's look-ups over the core services, as the system reads them. */
    private final class Directory implements PaymentMatcher.Directory {
        private List<EntityRef> entities;

        @Override
        public AccountRef account(String number) {
            try {
                return ref(accounts.byNumber(number));
            } catch (NotFoundException e) {
                return null;
            }
        }

        @Override
        public AccountRef account(UUID id) {
            try {
                return ref(accounts.get(new AccountId(id)));
            } catch (NotFoundException e) {
                return null;
            }
        }

        @Override
        public List<ClientRef> clientsByInn(String inn) {
            List<ClientRef> out = new ArrayList<>();
            for (Contact c : contacts.find(new ContactQuery(inn, null, null, null), PageRequest.first(10))) {
                if (inn.equals(c.inn()) && c.mergedInto() == null) {
                    out.add(new ClientRef(c.id().value(), c.name()));
                }
            }
            return out;
        }

        @Override
        public List<AccountRef> accountsOf(UUID client) {
            return accounts.search(new AccountQuery(new ContactId(client), null, null), PageRequest.first(50)).items().stream()
                    .map(PaymentServiceImpl::ref).toList();
        }

        @Override
        public List<EntityRef> ourEntities() {
            if (entities == null) {
                entities = legalEntities.list(Actor.system("payments")).stream().map(e -> new EntityRef(e.id(), e.shortName() == null
                        ? e.fullName() : e.shortName(), e.inn(), accountsOf(e.bankAccounts()), e.defaultEntity())).toList();
            }
            return entities;
        }

        private Set<String> accountsOf(List<BankAccount> list) {
            Set<String> out = new HashSet<>();
            list.forEach(b -> out.add(b.account()));
            return out;
        }

        @Override
        public InvoiceMatch invoice(String purpose, String payerInn, BigDecimal amount) {
            for (InvoiceMatching m : invoiceMatchings) {
                InvoiceMatch found = m.match(purpose, payerInn, amount);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
    }
}
