package io.pitstop.ticketing.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.pitstop.ticketing.api.Urgency;
import java.time.Duration;
import java.util.Map;
import org.junit.Test;

public class TicketSettingsTest {
    @Test
    public void seedsTwoHoursByDefault() {
        TicketSettings s = new TicketSettings(Map.of());
        assertEquals(Duration.ofHours(2), s.firstResponse("support", Urgency.MEDIUM));
        assertFalse(s.workingHours("support"));
        assertEquals("support", s.defaultDepartment());
    }

    @Test
    public void theMostSpecificKeyWins() {
        TicketSettings s = new TicketSettings(Map.of("firstResponse", "PT4H", "firstResponse.sales", "PT3H",
                "firstResponse.sales.critical", "PT30M", "hours.sales", "working", "resolution", "P1D"));
        assertEquals(Duration.ofMinutes(30), s.firstResponse("sales", Urgency.CRITICAL));
        assertEquals(Duration.ofHours(3), s.firstResponse("sales", Urgency.LOW));
        assertEquals(Duration.ofHours(4), s.firstResponse("support", Urgency.LOW));
        assertEquals(Duration.ofDays(1), s.resolution("support", Urgency.LOW));
        assertTrue(s.workingHours("sales"));
        assertFalse(s.workingHours("support"));
    }

    @Test
    public void badValuesAreNamed() {
        for (Map<String, Object> bad : new Map[] {Map.of("firstResponse.sales", "two hours"),
                Map.of("resolution", "PT0S"), Map.of("hours.sales", "sometimes")}) {
            try {
                new TicketSettings(bad);
                fail("accepted " + bad);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains(bad.keySet().iterator().next()));
            }
        }
    }
}
