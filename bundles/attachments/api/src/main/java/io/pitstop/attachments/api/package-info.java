/**
 * Attachments (файлы, вложения): files linked to any record by {@link io.pitstop.core.api.RecordRef}, stored once
 * by content hash, with a configurable size limit and allowed media types checked against the content. Every
 * change is audited and published on the topics of {@link io.pitstop.attachments.api.AttachmentEvents}.
 */
@Export
@Version("1.0.0")
package io.pitstop.attachments.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
