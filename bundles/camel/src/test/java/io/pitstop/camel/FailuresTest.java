package io.pitstop.camel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class FailuresTest {
    @Test
    public void theChainNamesEveryCauseOnceOutermostFirst() {
        Exception e = new IllegalStateException("Cannot deliver the SMS",
                new RuntimeException("java.net.ConnectException: Connection refused", new ConnectException("Connection refused")));
        assertEquals("IllegalStateException: Cannot deliver the SMS\ncaused by: ConnectException: Connection refused",
                Failures.describe(e));
        assertEquals("IOException", Failures.describe(new IOException()));
    }

    @Test
    public void aCycleEndsTheChain() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        assertEquals("Exception: a\ncaused by: Exception: b", Failures.describe(a));
    }

    @Test
    public void headersKeepPlainValuesAndNeverCredentials() {
        Map<String, Object> headers = new HashMap<>();
        headers.put("CamelFileName", "clients.csv");
        headers.put("PitstopIdempotencyKey", "line-42");
        headers.put("attempt", 3);
        headers.put("PitstopUser", "integrator");
        headers.put("PitstopPassword", "secret");
        headers.put("Authorization", "Basic eDp5");
        headers.put("apiToken", "t");
        headers.put("CamelFile", new Object());
        headers.put("long", "x".repeat(5000));
        Map<String, String> kept = Failures.keptHeaders(headers);
        assertEquals(List.of("CamelFileName", "PitstopIdempotencyKey", "attempt", "long"), List.copyOf(kept.keySet()));
        assertEquals("3", kept.get("attempt"));
        assertEquals(Failures.MAX_VALUE, kept.get("long").length());
        assertFalse(kept.containsValue("secret"));
    }

    @Test
    public void atMostFiftyHeadersAreKept() {
        Map<String, Object> headers = new HashMap<>();
        for (int i = 0; i < 80; i++) {
            headers.put("h" + i, "v");
        }
        assertTrue(Failures.keptHeaders(headers).size() == Failures.MAX_HEADERS);
    }
}
