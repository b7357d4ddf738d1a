package io.pitstop.notifications.api;

/**
 * Where a message stands in the journal. QUEUED until its time, SENDING while a channel has it, SENT when it left;
 * DELIVERED, OPENED and CLICKED where the channel tells; FAILED with its reason; EXPIRED when its validity window
 * passed unsent; BLOCKED when the contact said no on that channel.
 */
public enum MessageStatus {
    QUEUED, SENDING, SENT, DELIVERED, OPENED, CLICKED, FAILED, EXPIRED, BLOCKED
}
