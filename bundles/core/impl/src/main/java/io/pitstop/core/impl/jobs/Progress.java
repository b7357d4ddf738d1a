package io.pitstop.core.impl.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * Rate and estimated end of a run, measured over its current attempt only: a resumed run did its earlier part
 * at another time, which says nothing about its speed now.
 */
record Progress(Double rate, Instant eta) {
    /** Below this much time measured, a rate is noise. */
    private static final Duration MIN_MEASURED = Duration.ofSeconds(1);

    static Progress of(long done, Long total, long attemptStartDone, Instant attemptStarted, Instant now) {
        if (attemptStarted == null || now == null) {
            return new Progress(null, null);
        }
        Duration measured = Duration.between(attemptStarted, now);
        long units = done - attemptStartDone;
        if (measured.compareTo(MIN_MEASURED) < 0 || units <= 0) {
            return new Progress(null, null);
        }
        double seconds = measured.toMillis() / 1000.0;
        double rate = units / seconds;
        Instant eta = null;
        if (total != null && total >= done) {
            eta = now.plusMillis(Math.round((total - done) / rate * 1000));
        }
        return new Progress(Math.round(rate * 100) / 100.0, eta);
    }
}
