package io.pitstop.documents.impl;

import io.pitstop.core.api.Money;
import io.pitstop.documents.api.DocumentLine;
import io.pitstop.documents.api.VatMode;
import java.math.BigDecimal;
import java.util.List;

/** Sums of a document: prices include VAT, so VAT is the total's part {@code rate / (100 + rate)}, rounded half up. */
final class DocumentMath {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private DocumentMath() {
    }

    static BigDecimal lineSum(DocumentLine l) {
        return l.price().multiply(l.quantity()).setScale(Money.SCALE, Money.ROUNDING);
    }

    static BigDecimal total(List<DocumentLine> lines) {
        BigDecimal sum = BigDecimal.ZERO.setScale(Money.SCALE);
        for (DocumentLine l : lines) {
            sum = sum.add(lineSum(l));
        }
        return sum;
    }

    /** The VAT inside a total, or null when the mode charges none. */
    static BigDecimal vat(BigDecimal total, VatMode mode) {
        if (mode.rate() == null) {
            return null;
        }
        return total.multiply(mode.rate()).divide(HUNDRED.add(mode.rate()), Money.SCALE, Money.ROUNDING);
    }
}
