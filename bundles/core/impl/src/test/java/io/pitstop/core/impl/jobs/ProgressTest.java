package io.pitstop.core.impl.jobs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.Instant;
import org.junit.Test;

public class ProgressTest {
    private static final Instant T0 = Instant.parse("2026-03-10T10:00:00Z");

    @Test
    public void rateAndEtaOverTheCurrentAttempt() {
        Progress p = Progress.of(300, 1000L, 100, T0, T0.plusSeconds(20));
        assertEquals(10.0, p.rate(), 0.0001);
        assertEquals(T0.plusSeconds(20 + 70), p.eta());
    }

    @Test
    public void noEstimateWithoutTotalOrTimeOrWork() {
        assertNull(Progress.of(300, null, 0, T0, T0.plusSeconds(30)).eta());
        assertEquals(10.0, Progress.of(300, null, 0, T0, T0.plusSeconds(30)).rate(), 0.0001);
        assertNull(Progress.of(300, 1000L, 0, T0, T0.plusMillis(500)).rate());
        assertNull(Progress.of(100, 1000L, 100, T0, T0.plusSeconds(30)).rate());
        assertNull(Progress.of(100, 1000L, 0, null, T0).rate());
    }

    @Test
    public void finishedRunEtaIsNow() {
        assertEquals(T0.plusSeconds(10), Progress.of(50, 50L, 0, T0, T0.plusSeconds(10)).eta());
    }
}
