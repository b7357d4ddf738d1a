package io.pitstop.accounts.ui;

import io.pitstop.ledger.api.BookBalance;
import java.math.BigDecimal;

/**
 * What a manual posting will do to the account, shown before it is confirmed:
 * balance and available money before and after. A posting moves both by its
 * amount (reserved money and the credit limit stay), so available after below
 * zero means the ledger will refuse it for lack of funds unless it adds money.
 */
record PostingPreview(BigDecimal amount, BigDecimal balanceBefore, BigDecimal balanceAfter,
                      BigDecimal availableBefore, BigDecimal availableAfter) {
    static PostingPreview of(BookBalance before, BigDecimal signedAmount) {
        return new PostingPreview(signedAmount, before.balance(), before.balance().add(signedAmount),
                before.available(), before.available().add(signedAmount));
    }

    /** Whether the ledger's overdraft rule will refuse it: money taken below the credit limit. */
    boolean overdraws() {
        return amount.signum() < 0 && availableAfter.signum() < 0;
    }
}
