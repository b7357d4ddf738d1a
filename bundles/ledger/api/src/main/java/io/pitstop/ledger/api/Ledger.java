package io.pitstop.ledger.api;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The journal. Writes are atomic and idempotent by key; corrections are
 * reversals. Committed transactions are sealed shortly after commit into a
 * hash chain over each transaction and its entries, so tampering shows in
 * {@link #verify()} without postings waiting for one another on a chain.
 */
public interface Ledger {
    /** Opens a book; accounts call this in the transaction that opens the account. Repeats are harmless. */
    void openBook(UUID book, String currency, BigDecimal creditLimit, BookStatus status, String timeZone);

    /** Updates the credit limit, status or time zone of a book; null leaves a value as it is. */
    void updateBook(UUID book, BigDecimal creditLimit, BookStatus status, String timeZone);

    LedgerTransaction post(Actor actor, PostingRequest request);

    /**
     * Posts the exact opposite of a transaction; a transaction can be reversed once (again under
     * another key: a conflict), and a reversal cannot be reversed (post a new transaction instead).
     */
    LedgerTransaction reverse(Actor actor, TransactionId id, String reason, String idempotencyKey);

    LedgerTransaction get(TransactionId id);

    Page<LedgerTransaction> journal(JournalQuery query, PageRequest page);

    BookBalance balance(UUID book);

    Hold hold(Actor actor, HoldRequest request);

    LedgerTransaction capture(Actor actor, HoldId id, CaptureRequest request);

    /**
     * Releases a pending hold. A repeat with the same idempotency key answers the voided hold
     * ({@code replayed}); a void of a hold voided under another key is a conflict.
     */
    Hold voidHold(Actor actor, HoldId id, String reason, String idempotencyKey);

    /**
     * Kept so that callers built against ledger api 1.0 still link; every money write takes an
     * idempotency key now, so this is refused as one without it.
     *
     * @deprecated use {@link #voidHold(Actor, HoldId, String, String)}
     */
    @Deprecated
    default Hold voidHold(Actor actor, HoldId id, String reason) {
        return voidHold(actor, id, reason, null);
    }

    Hold getHold(HoldId id);

    List<Hold> holds(UUID book, boolean pendingOnly);

    /** Expires pending holds whose time has passed; returns how many. */
    int releaseExpiredHolds(Instant now);

    Statement statement(UUID book, LocalDate from, LocalDate to);

    /** Seals what has committed, then checks the seal chain, every transaction, book balances and holds. */
    VerifyResult verify();
}
