package io.pitstop.kso.api;

import io.pitstop.core.api.Money;

/** One month of a loan's schedule: what is paid, how much of it is interest and principal, what is left owed. */
public record SchedulePayment(int month, Money payment, Money interest, Money principal, Money balance) {
}
