package io.pitstop.core.api;

/**
 * One thing the server needs in order to work (the database; for a plugin,
 * say, its bank connection), checked on every {@code GET /api/health}.
 * Register an implementation as a service; the check goes with its bundle.
 * A check answers within a few seconds and never throws: a failure is a
 * {@link Result#failing} that says what is wrong.
 */
public interface HealthCheck {
    /** A short stable name, shown to monitoring: {@code database}, {@code bank}. */
    String name();

    Result check();

    /** What a check found; the detail is written to the log, never shown to anonymous callers. */
    record Result(boolean up, String detail) {
        public static Result passing() {
            return new Result(true, null);
        }

        /**
         * Works, but with something an administrator should fix (a calendar year missing from its file): shown as
         * {@code WARN} in {@code /api/health}, which stays 200, and the detail logged once.
         */
        public static Result warning(String detail) {
            return new Result(true, detail);
        }

        public static Result failing(String detail) {
            return new Result(false, detail);
        }
    }
}
