package io.pitstop.billing.camel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.ValidationException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;

public class BillingRunOperationTest {
    private static final YearMonth NOW = YearMonth.of(2026, 12);

    @Test
    public void aMapOrThePeriodsText() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        BillingRunOperation.Request r = BillingRunOperation.request(
                Map.of("period", "2026-11", "accountIds", List.of(a.toString(), b.toString()), "preview", true), NOW);
        assertEquals(YearMonth.of(2026, 11), r.period());
        assertEquals(List.of(a, b), r.accountIds());
        assertTrue(r.preview());
        assertEquals(NOW, BillingRunOperation.request(" current\n", NOW).period());
        BillingRunOperation.Request csv = BillingRunOperation.request(Map.of("period", "current", "accountIds", a + "," + b,
                "preview", "false"), NOW);
        assertEquals(List.of(a, b), csv.accountIds());
        assertEquals(false, csv.preview());
    }

    @Test
    public void everyWrongFieldIsNamed() {
        try {
            BillingRunOperation.request(Map.of("period", "2026-13x", "accountIds", List.of("nope"), "preview", "yes", "month", "x"), NOW);
            fail("accepted");
        } catch (ValidationException e) {
            List<String> fields = e.fieldErrors().stream().map(FieldError::field).sorted().toList();
            assertEquals(List.of("accountIds[0]", "month", "period", "preview"), fields);
        }
        try {
            BillingRunOperation.request(Map.of(), NOW);
            fail("accepted");
        } catch (ValidationException e) {
            assertEquals("period", e.fieldErrors().get(0).field());
        }
        try {
            BillingRunOperation.request(42, NOW);
            fail("accepted");
        } catch (ValidationException e) {
            assertEquals("body", e.fieldErrors().get(0).field());
        }
    }
}
