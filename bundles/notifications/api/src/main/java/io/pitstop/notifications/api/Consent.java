package io.pitstop.notifications.api;

/** A contact's consent to messages on one channel (разрешение на отправку): NO blocks them, journaled BLOCKED. */
public enum Consent {
    YES, NO, NOT_ASKED
}
