package io.pitstop.timeline.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.Params;
import java.util.List;
import java.util.UUID;
import org.junit.Test;

public class RecordParamsTest {
    @Test
    public void aTypeAndAnIdMakeARecord() {
        UUID id = UUID.randomUUID();
        assertEquals(new RecordRef("contact", id), RecordParams.read(new Params(), new Validation(), "contact", id.toString()));
    }

    @Test
    public void bothMissingOrMalformedAreNamedTogether() {
        Params p = new Params();
        Validation v = new Validation();
        assertNull(RecordParams.read(p, v, "bad\ntype", "not-an-id"));
        v.check(p::throwIfInvalid);
        try {
            v.throwIfInvalid();
            throw new AssertionError("accepted");
        } catch (ValidationException e) {
            assertEquals(List.of("recordId", "recordType"), e.fieldErrors().stream().map(FieldError::field).sorted().toList());
        }
        Validation none = new Validation();
        RecordParams.read(new Params(), none, null, null);
        assertEquals(2, assertThrowsFields(none).size());
    }

    private static List<FieldError> assertThrowsFields(Validation v) {
        try {
            v.throwIfInvalid();
            throw new AssertionError("accepted");
        } catch (ValidationException e) {
            return e.fieldErrors();
        }
    }
}
