package io.pitstop.ticketing.api;

import java.time.Instant;

/**
 * A ticket's SLA as of a moment: when the first answer and the resolution are due (on the department's clock,
 * around the clock or in working hours), the minutes left to the nearer open target (negative once it is past),
 * and whether a target was missed.
 *
 * @param firstResponseDue null once answered
 * @param resolutionDue    null once closed
 * @param minutesLeft      null when nothing is due any more
 */
public record SlaState(Instant firstResponseDue, Instant resolutionDue, Long minutesLeft, boolean breached,
                       boolean workingHours) {
}
