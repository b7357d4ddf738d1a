package io.pitstop.timeline.api;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Comments on any record a {@link io.pitstop.core.api.RecordResolver} answers for. Each write is audited, published
 * on {@link CommentEvents} and shown on the record's timeline, in one transaction.
 */
@ProviderType
public interface CommentService {
    /** Longest comment, in characters. */
    int MAX_LENGTH = 10_000;

    /** Adds a comment; the record must exist (400 on {@code recordId}), the text be non-empty and short enough. */
    Comment add(Actor actor, RecordRef record, String text);

    /** Comments on a record, oldest first (a conversation reads downwards), deleted ones included as traces. */
    Page<Comment> find(RecordRef record, PageRequest page);

    Comment get(UUID id);

    /** Changes the text: only its author, only within the edit window (422 {@code comment-edit-window} after it). */
    Comment edit(Actor actor, UUID id, String text);

    /**
     * Deletes the text and keeps the trace (who, when); the author or an administrator may. Deleting a deleted
     * comment is a 409.
     */
    Comment delete(Actor actor, UUID id);
}
