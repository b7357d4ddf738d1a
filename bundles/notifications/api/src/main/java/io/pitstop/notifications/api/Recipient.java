package io.pitstop.notifications.api;

import java.util.UUID;

/** Someone an event names as its recipient besides the rules' own: a contact, a member of staff or an address. */
public record Recipient(Kind kind, String value) {
    public enum Kind { CONTACT, STAFF, ADDRESS }

    public static Recipient contact(UUID contactId) {
        return new Recipient(Kind.CONTACT, contactId.toString());
    }

    public static Recipient staff(String login) {
        return new Recipient(Kind.STAFF, login);
    }

    public static Recipient address(String address) {
        return new Recipient(Kind.ADDRESS, address);
    }
}
