package io.pitstop.notifications.api;

/** The group an event type and its rules belong to (категория оповещения, seed 004). */
public enum Category {
    CRM, SERVICE, SALES, BILLING, GENERAL
}
