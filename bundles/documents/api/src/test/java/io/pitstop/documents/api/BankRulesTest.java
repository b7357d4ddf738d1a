package io.pitstop.documents.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** Real bank details from seed 002's payment order: the payer's pair is right, the payee's BIC has a typo. */
public class BankRulesTest {
    @Test
    public void aRealAccountMatchesItsBic() {
        assertTrue(BankRules.accountMatchesBic("40702810200470918965", "044030832"));
        assertTrue(BankRules.correspondentMatchesBic("30101810940300000832", "044030832"));
        assertTrue(BankRules.accountMatchesBic("40702810502080001823", "044525593"));
        assertTrue(BankRules.correspondentMatchesBic("30101810200000000593", "044525593"));
    }

    @Test
    public void aTypoInTheBicOrAccountFailsTheKey() {
        // the order printed 044525933 for Alfa-Bank's 044525593
        assertFalse(BankRules.accountMatchesBic("40702810502080001823", "044525933"));
        assertFalse(BankRules.accountMatchesBic("40702810200470918956", "044030832"));
        assertFalse(BankRules.correspondentMatchesBic("30101810940300000833", "044030832"));
    }

    @Test
    public void aFailingKeyWarnsNamingTheField() {
        List<io.pitstop.core.api.FieldError> w = BankRules.warnings(
                new BankAccount("40702810200470918956", "Банк", "044030832", "30101810940300000832"), "bankAccounts[0]");
        assertEquals(1, w.size());
        assertEquals("bankAccounts[0].account", w.get(0).field());
        assertTrue(BankRules.warnings(new BankAccount("40702810200470918965", "Банк", "044030832",
                "30101810940300000832"), "bankAccounts[0]").isEmpty());
    }

    @Test
    public void formatsAreRefused() {
        List<io.pitstop.core.api.FieldError> e = BankRules.errors(new BankAccount("4070", "", "04403083", "301"), "a");
        assertEquals(List.of("a.account", "a.bic", "a.correspondentAccount", "a.bankName"),
                e.stream().map(io.pitstop.core.api.FieldError::field).toList());
    }
}
