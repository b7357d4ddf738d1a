package io.pitstop.contacts.api;

/** Organisation (юридическое лицо, ИП) or natural person (физическое лицо). */
public enum ContactKind {
    ORGANIZATION,
    PERSON
}
