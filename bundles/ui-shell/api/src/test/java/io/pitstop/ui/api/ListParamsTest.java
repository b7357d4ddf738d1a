package io.pitstop.ui.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class ListParamsTest {
    enum Status { ACTIVE, SUSPENDED }

    private static ListParams of(String name, String... values) {
        return new ListParams(Map.of(name, List.of(values)));
    }

    @Test
    public void enumConstantInAnyCaseAndNothingForAnUnknownOne() {
        assertEquals(Optional.of(Status.SUSPENDED), of("status", "SUSPENDED").constant("status", Status.class));
        assertEquals(Optional.of(Status.SUSPENDED), of("status", " suspended ").constant("status", Status.class));
        assertEquals(Optional.empty(), of("status", "CLOSED").constant("status", Status.class));
        assertEquals(Optional.empty(), of("status", "").constant("status", Status.class));
        assertEquals(Optional.empty(), new ListParams(null).constant("status", Status.class));
    }

    @Test
    public void flagIsTrueOnlyForTrue() {
        assertTrue(of("belowCritical", "true").flag("belowCritical"));
        assertTrue(of("belowCritical", "TRUE").flag("belowCritical"));
        assertFalse(of("belowCritical", "yes").flag("belowCritical"));
        assertFalse(of("belowCritical", "1").flag("belowCritical"));
        assertFalse(of("other", "true").flag("belowCritical"));
    }

    @Test
    public void isoDateOrNothing() {
        assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), of("from", "2026-12-07").date("from"));
        assertEquals(Optional.empty(), of("from", "07.12.2026").date("from"));
        assertEquals(Optional.empty(), of("from", "2026-02-30").date("from"));
    }

    @Test
    public void firstValueCounts() {
        assertEquals(Optional.of("a"), of("q", "a", "b").text("q"));
    }

    @Test
    public void linkEncodesTheValue() {
        assertEquals("search?q=%D0%B0+b%26c", ListParams.link("search", "q", "а b&c"));
        assertEquals("accounts?status=SUSPENDED", ListParams.link("accounts", "status", Status.SUSPENDED));
    }
}
