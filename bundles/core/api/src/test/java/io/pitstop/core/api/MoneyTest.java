package io.pitstop.core.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import org.junit.Test;

public class MoneyTest {
    @Test
    public void keepsScaleTwo() {
        assertEquals("10.50", Money.of("10.5", "RUB").amount().toPlainString());
        assertEquals("7.00", Money.of(new BigDecimal("7"), "RUB").amount().toPlainString());
    }

    @Test
    public void currencyOnlyInCapitals() {
        ValidationException e = assertThrows(ValidationException.class, () -> Money.of("7", "rub"));
        assertEquals("currency", e.fieldErrors().get(0).field());
    }

    @Test
    public void refusesOverPreciseAmounts() {
        ValidationException e = assertThrows(ValidationException.class, () -> Money.of("10.005", "RUB"));
        assertEquals("amount", e.fieldErrors().get(0).field());
        assertEquals("must have at most 2 decimal places, got \"10.005\"", e.fieldErrors().get(0).message());
        // an exponent is quoted as written: its plain form could be a billion digits long
        ValidationException tiny = assertThrows(ValidationException.class, () -> Money.of(new BigDecimal("1E-999999999"), "RUB"));
        assertEquals("must have at most 2 decimal places, got \"1E-999999999\"", tiny.fieldErrors().get(0).message());
        // trailing zeros are not extra precision
        assertEquals("10.00", Money.of("10.000", "RUB").amount().toPlainString());
    }

    @Test
    public void refusesUnknownCurrency() {
        ValidationException e = assertThrows(ValidationException.class, () -> Money.of("1", "XYZ1"));
        assertEquals("currency", e.fieldErrors().get(0).field());
    }

    @Test
    public void currencyIsThreeLettersAndNothingElse() {
        for (String bad : new String[] {"RUB\u0000", " RUB", "RUB ", "R\u200BUB", "РУБ", "RU", "rub", "Rub"}) {
            ValidationException e = assertThrows(bad, ValidationException.class, () -> Money.checkCurrency(bad));
            assertEquals("currency", e.fieldErrors().get(0).field());
            assertTrue(e.getMessage(), e.fieldErrors().get(0).message().startsWith("must be three capital letters of ISO 4217 such as RUB: \""));
        }
    }

    @Test
    public void roundsHalfUpOnlyWhenComputing() {
        assertEquals("0.01", Money.rounded(new BigDecimal("0.005"), "RUB").amount().toPlainString());
        assertEquals("-0.01", Money.rounded(new BigDecimal("-0.005"), "RUB").amount().toPlainString());
        assertEquals("33.33", Money.of("100", "RUB").times(new BigDecimal("0.33333")).amount().toPlainString());
    }

    @Test
    public void equalityIgnoresScale() {
        assertEquals(Money.of("1.0", "RUB"), Money.of("1.00", "RUB"));
        assertTrue(Money.of("1", "RUB").plus(Money.of("-1", "RUB")).isZero());
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "RUB").plus(Money.of("1", "EUR")));
    }

    @Test
    public void pageRequestRejectsBadWindow() {
        assertThrows(ValidationException.class, () -> new PageRequest(-1, 10, null));
        assertThrows(ValidationException.class, () -> new PageRequest(0, 5000, null));
        assertThrows(ValidationException.class, () -> PageRequest.parseSort("secret", java.util.Set.of("name")));
        assertEquals(false, PageRequest.parseSort("-name", java.util.Set.of("name")).get(0).ascending());
    }
}
