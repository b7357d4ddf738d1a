package io.pitstop.ledger.ui;

import static org.junit.Assert.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.Test;

public class PostingsTodayCounterTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    public void todayStartsAtMidnightInTheBusinessZone() {
        assertEquals(Instant.parse("2026-11-23T21:00:00Z"), PostingsTodayCounter.midnight(Instant.parse("2026-11-24T08:00:00Z"), MOSCOW));
        // 22:30 UTC is already the next day in Moscow
        assertEquals(Instant.parse("2026-11-24T21:00:00Z"), PostingsTodayCounter.midnight(Instant.parse("2026-11-24T22:30:00Z"), MOSCOW));
    }

    @Test
    public void theLinkOpensTheJournalFromTheSameBusinessDay() {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-11-24T22:30:00Z"), MOSCOW);
        assertEquals("ledger?from=2026-11-25", new PostingsTodayCounter(null, lateEvening).link());
    }
}
