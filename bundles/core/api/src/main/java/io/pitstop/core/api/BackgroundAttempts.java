package io.pitstop.core.api;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work that must wait for something another bundle provides (a plugin's demo data waits for the demo clients and
 * accounts that core's demo writes), done on a daemon thread of its own so that the component activates at once:
 * the attempt runs until it says it is done, with a pause between tries, and gives up after a number of tries.
 * The component starts it on activation and stops it on deactivation.
 */
public final class BackgroundAttempts {
    /** One try; true when the work is done (or found done already), false to try again after the pause. */
    @FunctionalInterface
    public interface Attempt {
        boolean tryOnce() throws InterruptedException;
    }

    private final Thread thread;

    private BackgroundAttempts(Thread thread) {
        this.thread = thread;
    }

    /**
     * Starts trying on a daemon thread named {@code name}. {@code gaveUp} runs when no try succeeded; {@code failed}
     * gets an exception a try threw, which ends the work (demo data is not worth retrying a bug for).
     */
    public static BackgroundAttempts start(String name, int attempts, Duration pause, Attempt attempt, Runnable gaveUp,
            Consumer<RuntimeException> failed) {
        Objects.requireNonNull(attempt, "attempt");
        Thread t = new Thread(() -> run(attempts, pause, attempt, gaveUp, failed), name);
        t.setDaemon(true);
        t.start();
        return new BackgroundAttempts(t);
    }

    private static void run(int attempts, Duration pause, Attempt attempt, Runnable gaveUp, Consumer<RuntimeException> failed) {
        try {
            for (int i = 0; i < attempts; i++) {
                if (attempt.tryOnce()) {
                    return;
                }
                Thread.sleep(pause.toMillis());
            }
            gaveUp.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failed.accept(e);
        }
    }

    /** Interrupts the tries and waits up to five seconds for the thread to end. */
    public void stop() throws InterruptedException {
        thread.interrupt();
        thread.join(5000);
    }

    /** Whether the thread still runs: tries left, or a try under way. */
    public boolean running() {
        return thread.isAlive();
    }
}
