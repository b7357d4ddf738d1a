package io.pitstop.billing.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.pitstop.billing.api.TariffEvaluation;
import io.pitstop.core.api.ValidationException;
import java.math.BigDecimal;
import org.junit.Test;

public class TariffParserTest {
    @Test
    public void seedTariffIsNineteenObjectsFor2900() {
        TariffEvaluation e = TariffParser.evaluate("4*350|15*100", null, null);
        assertEquals(19, e.objects());
        assertEquals(0, new BigDecimal("2900.00").compareTo(e.total()));
        assertEquals(2, e.lines().size());
        assertEquals(0, new BigDecimal("1400.00").compareTo(e.lines().get(0).amount()));
        assertEquals(15, e.lines().get(1).quantity());
        assertEquals(0, new BigDecimal("100.00").compareTo(e.lines().get(1).unitPrice()));
        assertEquals(0, e.total().compareTo(e.monthTotal()));
    }

    @Test
    public void groupsSeparatedBySpaceAsInTheDebtorsList() {
        TariffEvaluation e = TariffParser.evaluate("6*350 6*250", null, null);
        assertEquals(12, e.objects());
        assertEquals(0, new BigDecimal("3600.00").compareTo(e.total()));
    }

    @Test
    public void addOnsAddToTheMonthButNotToObjects() {
        TariffEvaluation e = TariffParser.evaluate("3*350", "2*100", "1*200");
        assertEquals(3, e.objects());
        assertEquals(0, new BigDecimal("1050.00").compareTo(e.total()));
        assertEquals(2, e.addOns().size());
        assertEquals("fuelSensors", e.addOns().get(0).kind());
        assertEquals(0, new BigDecimal("1450.00").compareTo(e.monthTotal()));
    }

    @Test
    public void dashMeansNoAddOn() {
        TariffEvaluation e = TariffParser.evaluate("4*350|15*100", "-*100", "-");
        assertTrue(e.addOns().isEmpty());
        assertEquals(0, new BigDecimal("2900.00").compareTo(e.monthTotal()));
        assertTrue(TariffParser.evaluate("1*1", "-*200", "").addOns().isEmpty());
    }

    @Test
    public void kopecksWithPointOrComma() {
        assertEquals(0, new BigDecimal("701.00").compareTo(TariffParser.evaluate("2*350.50", null, null).total()));
        assertEquals(0, new BigDecimal("350.50").compareTo(TariffParser.evaluate("1*350,5", null, null).total()));
    }

    @Test
    public void mistakesNameThePositionAndTheCharacter() {
        refused("4*350|15x100", "tariff", "\"x\" at position 9");
        refused("4*35O", "tariff", "\"O\" at position 5");
        refused("4*350|", "tariff", "ends at position 7");
        refused("4*350||1*1", "tariff", "\"|\" at position 7");
        refused("*350", "tariff", "\"*\" at position 1");
        refused("4350", "tariff", "ends at position 5");
        refused(" 4*350", "tariff", "\" \" at position 1");
        refused("0*350", "tariff", "at least 1");
        refused("1*350.123", "tariff", "two decimals");
        refused("", "tariff", "required");
    }

    @Test
    public void addOnMistakesNameTheirField() {
        try {
            TariffParser.evaluate("1*350", "2*1oo", null);
            fail();
        } catch (ValidationException e) {
            assertEquals("fuelSensors", e.fieldErrors().get(0).field());
            assertTrue(e.fieldErrors().get(0).message(), e.fieldErrors().get(0).message().contains("position 4"));
        }
        refusedAddOn("-*1x0", "position 4");
    }

    private static void refused(String tariff, String field, String part) {
        try {
            TariffParser.evaluate(tariff, null, null);
            fail("accepted " + tariff);
        } catch (ValidationException e) {
            assertEquals(field, e.fieldErrors().get(0).field());
            assertTrue(tariff + ": " + e.fieldErrors().get(0).message(), e.fieldErrors().get(0).message().contains(part));
        }
    }

    private static void refusedAddOn(String addOn, String part) {
        try {
            TariffParser.evaluate("1*1", null, addOn);
            fail("accepted " + addOn);
        } catch (ValidationException e) {
            assertEquals("dispatch", e.fieldErrors().get(0).field());
            assertTrue(e.fieldErrors().get(0).message(), e.fieldErrors().get(0).message().contains(part));
        }
    }
}
