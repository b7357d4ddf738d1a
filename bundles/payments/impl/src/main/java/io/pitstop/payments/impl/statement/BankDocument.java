package io.pitstop.payments.impl.statement;

import io.pitstop.payments.api.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One payment document of a statement, checked: {@code line} is where it starts in the file (1-based); {@code kind}
 * the document's type («Платежное поручение»); {@code warnings} what was accepted but should be looked at.
 */
public record BankDocument(int line, String kind, String number, LocalDate date, BigDecimal amount, Party payer,
                           Party recipient, String purpose, List<String> warnings) {
    public BankDocument {
        warnings = List.copyOf(warnings);
    }
}
