package io.pitstop.notifications.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class SmsSegmentsTest {
    @Test
    public void latinTextGoesAsGsm7With160And153() {
        assertTrue(SmsSegments.gsm7("Hello, world!"));
        assertEquals(1, SmsSegments.count("a".repeat(160)));
        assertEquals(2, SmsSegments.count("a".repeat(161)));
        assertEquals(2, SmsSegments.count("a".repeat(306)));
        assertEquals(3, SmsSegments.count("a".repeat(307)));
    }

    @Test
    public void extensionCharactersCountTwice() {
        assertEquals(160, SmsSegments.units("€".repeat(80)));
        assertEquals(2, SmsSegments.count("€".repeat(81)));
    }

    @Test
    public void cyrillicGoesAsUcs2With70And67() {
        assertFalse(SmsSegments.gsm7("Здравствуйте"));
        assertEquals(1, SmsSegments.count("ж".repeat(70)));
        assertEquals(2, SmsSegments.count("ж".repeat(71)));
        assertEquals(2, SmsSegments.count("ж".repeat(134)));
        assertEquals(3, SmsSegments.count("ж".repeat(135)));
        // one Cyrillic letter turns a Latin text into UCS-2
        assertEquals(3, SmsSegments.count("a".repeat(150) + "ж"));
    }

    @Test
    public void atMostSixSegments() {
        assertNull(SmsSegments.refusal("ж".repeat(6 * 67)));
        assertNotNull(SmsSegments.refusal("ж".repeat(6 * 67 + 1)));
        assertNull(SmsSegments.refusal("a".repeat(6 * 153)));
        String refusal = SmsSegments.refusal("a".repeat(6 * 153 + 1));
        assertTrue(refusal, refusal.contains("7 parts"));
    }
}
