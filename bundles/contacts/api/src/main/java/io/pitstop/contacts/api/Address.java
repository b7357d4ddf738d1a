package io.pitstop.contacts.api;

/**
 * A postal address as one line of text, with its purpose: {@code legal}
 * (юридический), {@code postal} (почтовый) or {@code actual} (фактический).
 */
public record Address(String kind, String text) {
}
