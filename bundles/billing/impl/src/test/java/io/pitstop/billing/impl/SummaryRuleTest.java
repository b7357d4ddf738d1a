package io.pitstop.billing.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.pitstop.billing.api.AccountSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.Test;

public class SummaryRuleTest {
    private static final UUID ACCOUNT = UUID.randomUUID();

    @Test
    public void seedBalanceScreen() {
        AccountSummary s = SummaryRule.summary(ACCOUNT, "RUB", money("52600"), money("52600"), money("57400"), LocalDate.of(2020, 2, 10));
        assertMoney("52600.00", s.balance());
        assertMoney("57400.00", s.monthlyCharge());
        assertMoney("52600.00", s.reserved());
        assertMoney("0.00", s.available());
        assertMoney("4800.00", s.shortfall());
        assertEquals(LocalDate.of(2020, 2, 29), s.payBy());
        assertEquals(LocalDate.of(2020, 3, 1), s.nextChargeDate());
    }

    @Test
    public void enoughFundsLeaveTheRestAvailableAndNothingToPay() {
        AccountSummary s = SummaryRule.summary(ACCOUNT, "RUB", money("100000"), money("100000"), money("57400"), LocalDate.of(2021, 12, 31));
        assertMoney("57400.00", s.reserved());
        assertMoney("42600.00", s.available());
        assertMoney("0.00", s.shortfall());
        assertNull(s.payBy());
        assertEquals(LocalDate.of(2022, 1, 1), s.nextChargeDate());
    }

    @Test
    public void aNegativeBalanceReservesNothingAndLacksTheWholeCharge() {
        AccountSummary s = SummaryRule.summary(ACCOUNT, "RUB", money("-300"), money("-300"), money("1000"), LocalDate.of(2023, 2, 1));
        assertMoney("0.00", s.reserved());
        assertMoney("0.00", s.available());
        assertMoney("1000.00", s.shortfall());
        assertEquals(LocalDate.of(2023, 2, 28), s.payBy());
    }

    @Test
    public void creditLimitCountsAsFunds() {
        // funds are the ledger's available amount (balance + credit limit - other holds) plus billing's own hold
        AccountSummary s = SummaryRule.summary(ACCOUNT, "RUB", money("500"), money("1500"), money("1200"), LocalDate.of(2024, 2, 29));
        assertMoney("1200.00", s.reserved());
        assertMoney("300.00", s.available());
        assertMoney("0.00", s.shortfall());
        assertEquals(LocalDate.of(2024, 3, 1), s.nextChargeDate());
    }

    @Test
    public void nothingSubscribedIsNothingReserved() {
        AccountSummary s = SummaryRule.summary(ACCOUNT, "RUB", money("10"), money("10"), money("0"), LocalDate.of(2024, 1, 1));
        assertMoney("0.00", s.reserved());
        assertMoney("10.00", s.available());
        assertNull(s.payBy());
    }

    private static BigDecimal money(String v) {
        return new BigDecimal(v).setScale(2);
    }

    private static void assertMoney(String expected, BigDecimal actual) {
        assertEquals(expected, actual.toPlainString());
    }
}
