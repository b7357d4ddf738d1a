package io.pitstop.payments.api;

/** Incoming money (поступление) is matched and posted; an outgoing document of the statement (списание) is only recorded. */
public enum PaymentDirection {
    IN,
    OUT
}
