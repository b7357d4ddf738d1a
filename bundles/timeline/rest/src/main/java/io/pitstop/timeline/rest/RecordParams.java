package io.pitstop.timeline.rest;

import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.Validation;
import io.pitstop.core.rest.Params;
import java.util.UUID;

/** The record a request is about, from {@code recordType} and {@code recordId}, both required, refused by name. */
final class RecordParams {
    private RecordParams() {
    }

    /** Reads both into {@code p} (so paging and other parameters are refused in the same answer); null when refused. */
    static RecordRef read(Params p, Validation v, String recordType, String recordId) {
        String type = p.text(recordType, "recordType");
        v.require(recordType != null && !recordType.isEmpty(), "recordType", "is required");
        UUID id = null;
        try {
            id = TypedId.parse(recordId, "recordId");
        } catch (io.pitstop.core.api.ValidationException e) {
            e.fieldErrors().forEach(f -> v.require(false, f.field(), f.message()));
        }
        return type == null || id == null ? null : new RecordRef(type, id);
    }
}
