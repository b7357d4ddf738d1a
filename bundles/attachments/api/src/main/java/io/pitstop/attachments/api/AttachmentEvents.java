package io.pitstop.attachments.api;

/**
 * Topics of the attachments' domain events (Event Admin, after commit); the record of each is the attachment,
 * property {@code record} the record it hangs on ({@code type:id}).
 */
public final class AttachmentEvents {
    public static final String PREFIX = "pitstop/attachments/";
    public static final String ATTACHED = PREFIX + "ATTACHED";
    public static final String DETACHED = PREFIX + "DETACHED";

    private AttachmentEvents() {
    }
}
