package io.pitstop.core.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.Test;

public class BackgroundAttemptsTest {
    private static final Duration PAUSE = Duration.ofMillis(1);

    @Test
    public void triesUntilTheWorkIsDoneAndThenStops() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        AtomicInteger gaveUp = new AtomicInteger();
        BackgroundAttempts a = BackgroundAttempts.start("test", 10, PAUSE, () -> tries.incrementAndGet() == 3,
                gaveUp::incrementAndGet, e -> { });
        await(a);
        assertEquals(3, tries.get());
        assertEquals(0, gaveUp.get());
    }

    @Test
    public void givesUpAfterTheLastTry() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        AtomicInteger gaveUp = new AtomicInteger();
        BackgroundAttempts a = BackgroundAttempts.start("test", 4, PAUSE, () -> tries.incrementAndGet() < 0,
                gaveUp::incrementAndGet, e -> { });
        await(a);
        assertEquals(4, tries.get());
        assertEquals(1, gaveUp.get());
    }

    @Test
    public void aFailingTryEndsTheWorkAndIsReported() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        BackgroundAttempts a = BackgroundAttempts.start("test", 10, PAUSE, () -> {
            tries.incrementAndGet();
            throw new IllegalStateException("broken");
        }, () -> { }, failed::set);
        await(a);
        assertEquals(1, tries.get());
        assertEquals("broken", failed.get().getMessage());
    }

    @Test
    public void stopEndsAWaitingThreadWithoutGivingUp() throws Exception {
        CountDownLatch tried = new CountDownLatch(1);
        AtomicReference<String> gaveUp = new AtomicReference<>();
        BackgroundAttempts a = BackgroundAttempts.start("test", 1_000, Duration.ofHours(1), () -> {
            tried.countDown();
            return false;
        }, () -> gaveUp.set("gave up"), e -> { });
        assertTrue(tried.await(10, TimeUnit.SECONDS));
        a.stop();
        assertFalse(a.running());
        assertNull(gaveUp.get());
    }

    private static void await(BackgroundAttempts a) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (a.running() && System.currentTimeMillis() < end) {
            Thread.sleep(5);
        }
        assertFalse("still trying", a.running());
    }
}
