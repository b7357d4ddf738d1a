package io.pitstop.contacts.api;

/** Another contact that shares a phone or an e-mail: maybe the same party, for a person to decide. */
public record DuplicateHint(ContactId contactId, String name, String matchedBy, String value) {
}
