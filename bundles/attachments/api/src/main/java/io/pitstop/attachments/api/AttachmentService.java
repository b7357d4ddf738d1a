package io.pitstop.attachments.api;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.RecordRef;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Files on records. The record must exist (a {@code RecordResolver} answers for its type) and the actor must be
 * allowed to read it, for every call. Content is streamed: no call holds more than the size limit in memory.
 */
public interface AttachmentService {
    /**
     * Stores the content (once per distinct content) and links it to the record under {@code name}.
     *
     * @param declaredType the media type the client sent, or null / {@code application/octet-stream} for "read it
     *                     from the content"; a declared type the content contradicts is refused
     * @throws UnacceptableFileException over the limit, or a type not allowed or not matching the content
     * @throws io.pitstop.core.api.ValidationException empty file, missing or unsafe name, unknown record
     */
    Attachment attach(Actor actor, RecordRef record, String name, String declaredType, InputStream content);

    /** The files on a record, newest first. */
    List<Attachment> list(Actor actor, RecordRef record);

    /** @throws io.pitstop.core.api.NotFoundException */
    Attachment get(Actor actor, UUID id);

    /** Writes the content of an attachment to {@code out}; returns the attachment. */
    Attachment content(Actor actor, UUID id, OutputStream out);

    /** Removes the link; the stored content goes when no attachment points at it any more. Audited. */
    void detach(Actor actor, UUID id);

    /** The size limit in bytes, as configured. */
    long maxBytes();

    /** The media types accepted, as configured. */
    Set<String> allowedTypes();
}
