package io.pitstop.kso.api.applications;

import io.pitstop.core.api.RecordRef;
import java.util.UUID;

/** What a new application is filed with: the client, optionally the deal, and the chosen offer. */
public record ApplicationDraft(UUID contactId, RecordRef deal, OfferSnapshot offer) {
}
