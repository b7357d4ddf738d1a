package io.pitstop.timeline.api;

import io.pitstop.core.api.RecordRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A comment (комментарий) on a record. A deleted comment keeps its row with {@code text} null and who deleted it
 * and when, so nothing disappears without a trace. {@code mentions} are the logins named with {@code @login}.
 */
public record Comment(UUID id, RecordRef record, String author, String text, List<String> mentions, Instant createdAt,
                      Instant editedAt, String deletedBy, Instant deletedAt, long version) {
    /** Record type of a comment in a {@link RecordRef}. */
    public static final String TYPE = "comment";

    public Comment {
        mentions = List.copyOf(mentions);
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public RecordRef ref() {
        return new RecordRef(TYPE, id);
    }
}
