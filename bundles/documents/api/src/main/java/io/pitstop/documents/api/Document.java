package io.pitstop.documents.api;

import io.pitstop.core.api.RecordRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An issued document. It is frozen: its PDF ({@code pdf}) and data ({@code data}, JSON) are attachments on the
 * record {@code document/<id>}, written once when it was issued and never rendered again; a correction is a new
 * document.
 */
public record Document(UUID id, String kind, String number, LocalDate date, UUID issuer, String language,
                       Party buyer, BigDecimal total, BigDecimal vat, String purpose, RecordRef about, UUID pdf,
                       UUID data, String issuedBy, Instant issuedAt) {
    /** The record type of a document ({@code document}). */
    public static final String RECORD_TYPE = "document";
}
