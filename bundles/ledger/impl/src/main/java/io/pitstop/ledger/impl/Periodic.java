package io.pitstop.ledger.impl;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task run on a thread of its own with a fixed delay between runs, until
 * {@link #stop()}. A run that fails is logged and the next one tries again: a
 * scheduled task that throws would never run again.
 */
final class Periodic {
    private static final Logger LOG = LoggerFactory.getLogger(Periodic.class);

    private final String name;
    private final ScheduledExecutorService executor;

    Periodic(String name, long intervalMillis, Runnable task) {
        this.name = name;
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, name));
        executor.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("{} failed, will retry: {}", name, e.getMessage(), e);
            }
        }, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops the schedule and waits up to 10 s for a run in progress. */
    void stop() throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("{} did not stop within 10 s", name);
        }
    }
}
