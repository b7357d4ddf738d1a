package io.pitstop.documents.api;

/** Who signs for an entity: the director or the chief accountant, with position and authority (основание). */
public record Signatory(String name, String position, String basis) {
}
