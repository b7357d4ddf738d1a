package io.pitstop.attachments.impl;

import io.pitstop.attachments.api.Attachment;
import io.pitstop.core.api.RecordRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL of attachments, on the connection of the caller's transaction. */
final class AttachmentRows {
    private static final String COLUMNS = "id, record_type, record_id, name, media_type, byte_size, sha256, author, created_at";
    private final Connection c;

    AttachmentRows(Connection c) {
        this.c = c;
    }

    /**
     * One more reference to the content, stored now if no attachment holds it yet. The counter's update takes
     * the row lock, so a detach of the last other reference waits and then finds this one.
     */
    void storeContent(String sha256, long size, Path file, Instant now) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE attachment_blob SET refs = refs + 1 WHERE sha256 = ?")) {
            up.setString(1, sha256);
            if (up.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement in = c.prepareStatement(
                "INSERT INTO attachment_blob (sha256, byte_size, refs, content, created_at) VALUES (?, ?, 1, ?, ?)");
             InputStream content = Files.newInputStream(file)) {
            in.setString(1, sha256);
            in.setLong(2, size);
            in.setBinaryStream(3, content, size);
            in.setTimestamp(4, Timestamp.from(now));
            in.executeUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException("Attachments cannot read the spooled upload: " + e.getMessage(), e);
        }
    }

    void insert(Attachment a) throws SQLException {
        try (PreparedStatement in = c.prepareStatement("INSERT INTO attachment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            in.setString(1, a.id().toString());
            in.setString(2, a.record().type());
            in.setString(3, a.record().id().toString());
            in.setString(4, a.name());
            in.setString(5, a.mediaType());
            in.setLong(6, a.size());
            in.setString(7, a.sha256());
            in.setString(8, a.author());
            in.setTimestamp(9, Timestamp.from(a.createdAt()));
            in.executeUpdate();
        }
    }

    /** Removes the link and, when it was the content's last one, the content. */
    void delete(Attachment a) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM attachment WHERE id = ?")) {
            del.setString(1, a.id().toString());
            del.executeUpdate();
        }
        try (PreparedStatement down = c.prepareStatement("UPDATE attachment_blob SET refs = refs - 1 WHERE sha256 = ?")) {
            down.setString(1, a.sha256());
            down.executeUpdate();
        }
        try (PreparedStatement gone = c.prepareStatement("DELETE FROM attachment_blob WHERE sha256 = ? AND refs <= 0")) {
            gone.setString(1, a.sha256());
            gone.executeUpdate();
        }
    }

    Optional<Attachment> find(UUID id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM attachment WHERE id = ?")) {
            q.setString(1, id.toString());
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(attachment(rs)) : Optional.empty();
            }
        }
    }

    /** Newest first. */
    List<Attachment> onRecord(RecordRef record) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM attachment WHERE record_type = ? AND record_id = ?"
                + " ORDER BY created_at DESC, id")) {
            q.setString(1, record.type());
            q.setString(2, record.id().toString());
            List<Attachment> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(attachment(rs));
                }
            }
            return out;
        }
    }

    void copyContent(String sha256, OutputStream out) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT content FROM attachment_blob WHERE sha256 = ?")) {
            q.setString(1, sha256);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The content " + sha256 + " of an attachment is missing");
                }
                try (InputStream in = rs.getBinaryStream(1)) {
                    in.transferTo(out);
                } catch (IOException e) {
                    throw new UncheckedIOException("Attachments cannot send a file: " + e.getMessage(), e);
                }
            }
        }
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(UUID.fromString(rs.getString(1).trim()), new RecordRef(rs.getString(2), UUID.fromString(rs.getString(3).trim())),
                rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7).trim(), rs.getString(8),
                rs.getTimestamp(9).toInstant());
    }
}
