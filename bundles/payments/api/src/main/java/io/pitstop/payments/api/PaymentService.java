package io.pitstop.payments.api;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import java.util.UUID;

/**
 * Bank payments. Imports and changes need an accountant or an administrator (an integrator may import); reads
 * need any of admin, accountant, manager, support. Every change is audited on {@code payment/<id>}.
 */
public interface PaymentService {
    /** The record type of a payment, for audit and links. */
    String RECORD_TYPE = "payment";

    /**
     * Reads a statement (1C ClientBankExchange in windows-1251, DOS or UTF-8, or CSV) and imports each good document
     * in its own transaction: stored once by its natural key, matched, posted. Bad documents are rejected with
     * their line; nothing of a rejected document is stored.
     *
     * @throws io.pitstop.core.api.ValidationException on {@code file} when the file cannot be read at all
     */
    StatementReport importStatement(Actor actor, byte[] file, String source);

    Page<Payment> list(PaymentQuery query, PageRequest page);

    /** @throws io.pitstop.core.api.NotFoundException */
    PaymentDetail get(UUID id);

    /**
     * Posts a queued payment to an account by hand ({@code note} optional).
     *
     * @throws io.pitstop.core.api.ConflictException when the payment is no longer in the queue
     */
    Payment assign(Actor actor, UUID id, UUID accountId, String note);

    /** Marks a queued payment to be paid back ({@code reason} required). */
    Payment markForReturn(Actor actor, UUID id, String reason);
}
