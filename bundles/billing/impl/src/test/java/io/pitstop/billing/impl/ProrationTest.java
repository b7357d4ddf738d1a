package io.pitstop.billing.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.pitstop.billing.api.BillingCycle;
import io.pitstop.core.api.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.Test;

public class ProrationTest {
    @Test
    public void seedUpgradeIs150Of181Days() {
        LocalDate[] cycle = Proration.cycleOf(LocalDate.of(2018, 8, 1), BillingCycle.HALF_YEAR, LocalDate.of(2019, 3, 4));
        assertEquals(LocalDate.of(2019, 2, 1), cycle[0]);
        assertEquals(LocalDate.of(2019, 7, 31), cycle[1]);
        assertEquals(181, ChronoUnit.DAYS.between(cycle[0], cycle[1]) + 1);
        assertEquals(150, ChronoUnit.DAYS.between(LocalDate.of(2019, 3, 4), cycle[1]) + 1);
        assertEquals("662.98", Proration.byDays(new BigDecimal("800.00"), 150, 181).toPlainString());
        assertEquals("-662.98", Proration.byDays(new BigDecimal("-800.00"), 150, 181).toPlainString());
    }

    @Test
    public void seedInvoice72557IsWholeMonthsPlusAPartMonth() {
        assertEquals("344.00", Proration.byMonths(new BigDecimal("360.00"), BillingCycle.HALF_YEAR,
                LocalDate.of(2019, 2, 8), LocalDate.of(2019, 7, 31)).toPlainString());
        // from the 1st it is whole months only
        assertEquals("300.00", Proration.byMonths(new BigDecimal("360.00"), BillingCycle.HALF_YEAR,
                LocalDate.of(2019, 3, 1), LocalDate.of(2019, 7, 31)).toPlainString());
    }

    @Test
    public void cyclesAcrossMonthEndsAndLeapDays() {
        LocalDate[] m = Proration.cycleOf(LocalDate.of(2024, 1, 31), BillingCycle.MONTH, LocalDate.of(2024, 2, 29));
        assertEquals(LocalDate.of(2024, 2, 29), m[0]);
        assertEquals(LocalDate.of(2024, 3, 30), m[1]);
        LocalDate[] y = Proration.cycleOf(LocalDate.of(2020, 2, 29), BillingCycle.YEAR, LocalDate.of(2021, 3, 1));
        assertEquals(LocalDate.of(2021, 2, 28), y[0]);
        assertEquals(LocalDate.of(2022, 2, 27), y[1]);
        LocalDate[] q = Proration.cycleOf(LocalDate.of(2024, 1, 1), BillingCycle.QUARTER, LocalDate.of(2024, 1, 1));
        assertEquals(LocalDate.of(2024, 3, 31), q[1]);
    }

    @Test
    public void noCycleBeforeTheStartOrForOneTimeProducts() {
        try {
            Proration.cycleOf(LocalDate.of(2024, 5, 1), BillingCycle.MONTH, LocalDate.of(2024, 4, 30));
            fail();
        } catch (ValidationException e) {
            assertEquals("effective", e.fieldErrors().get(0).field());
        }
        try {
            Proration.cycleOf(LocalDate.of(2024, 5, 1), BillingCycle.ONE_TIME, LocalDate.of(2024, 5, 30));
            fail();
        } catch (ValidationException e) {
            assertEquals("effective", e.fieldErrors().get(0).field());
        }
    }
}
