package io.pitstop.documents.api;

import io.pitstop.core.api.RecordRef;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a plugin asks to issue. {@code kind}: {@code invoice} (счёт на оплату, with the payment QR code) or
 * {@code act} (акт выполненных работ); {@code issuer}: one of our legal entities, null for the default one;
 * {@code language}: {@code ru} or {@code en}; {@code about}: the record the document belongs to (an account, a
 * deal), optional; {@code purpose}: the payment purpose printed and put in the QR code.
 */
public record DocumentDraft(String kind, NumberingSeries series, UUID issuer, LocalDate date, String language,
                           Party buyer, List<DocumentLine> lines, String purpose, RecordRef about) {
    public DocumentDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
