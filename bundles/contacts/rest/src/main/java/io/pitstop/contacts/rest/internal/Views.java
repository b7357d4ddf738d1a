package io.pitstop.contacts.rest.internal;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.DuplicateHint;
import io.pitstop.contacts.api.SavedContact;
import io.pitstop.core.api.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Response bodies that are not API records as they are. */
final class Views {
    private Views() {
    }

    /** The saved contact's own fields plus {@code possibleDuplicates}, so a client reads one flat object. */
    record Saved(@JsonUnwrapped Contact contact, List<DuplicateHint> possibleDuplicates) {
        static Saved of(SavedContact saved) {
            return new Saved(saved.contact(), saved.possibleDuplicates());
        }
    }

    /** An audit record with its snapshots as JSON objects rather than strings holding JSON. */
    record Audit(UUID id, Instant at, String actor, String action, @JsonRawValue String before, @JsonRawValue String after) {
        static Audit of(AuditEntry e) {
            return new Audit(e.id(), e.at(), e.actor(), e.action(), e.before(), e.after());
        }
    }
}
