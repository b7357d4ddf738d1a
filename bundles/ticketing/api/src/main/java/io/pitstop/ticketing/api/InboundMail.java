package io.pitstop.ticketing.api;

import java.time.Instant;
import java.util.List;

/**
 * A client's mail as a department mailbox received it, already read from MIME: the text is plain (HTML turned into
 * text, scripts dropped), attachments are their bytes.
 *
 * @param references the Message-IDs of In-Reply-To and References, nearest first
 * @param machine    why this mail was written by a machine (an auto-reply, a bounce, our own mail come back),
 *                   null for a person's mail: such mail never becomes a ticket
 */
public record InboundMail(String department, String mailbox, String messageId, List<String> references,
                          String from, String fromName, String subject, String text, List<Attachment> attachments,
                          Instant sentAt, String machine) {
    public InboundMail {
        references = references == null ? List.of() : List.copyOf(references);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A file the mail carried. */
    public record Attachment(String name, String contentType, byte[] content) {
    }
}
