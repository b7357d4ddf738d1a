package io.pitstop.timeline.impl;

import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.timeline.api.Comment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The comment table over one connection (the transaction's). Mentions are kept as logins separated by spaces. */
final class CommentRows {
    private static final String COLUMNS = "id, record_type, record_id, author, body, mentions, created_at, edited_at, deleted_by, "
            + "deleted_at, version";

    private final Connection c;

    CommentRows(Connection c) {
        this.c = c;
    }

    void insert(Comment m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO record_comment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, m.id().toString());
            ps.setString(2, m.record().type());
            ps.setString(3, m.record().id().toString());
            ps.setString(4, m.author());
            ps.setString(5, m.text());
            ps.setString(6, String.join(" ", m.mentions()));
            Sql.setInstant(ps, 7, m.createdAt());
            Sql.setInstant(ps, 8, m.editedAt());
            ps.setString(9, m.deletedBy());
            Sql.setInstant(ps, 10, m.deletedAt());
            ps.setLong(11, m.version());
            ps.executeUpdate();
        }
    }

    /** Writes a changed comment if the row still has the version it was read with; false: someone changed it meanwhile. */
    boolean update(Comment m, long readVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE record_comment SET body = ?, mentions = ?, edited_at = ?, deleted_by = ?, "
                + "deleted_at = ?, version = ? WHERE id = ? AND version = ?")) {
            ps.setString(1, m.text());
            ps.setString(2, String.join(" ", m.mentions()));
            Sql.setInstant(ps, 3, m.editedAt());
            ps.setString(4, m.deletedBy());
            Sql.setInstant(ps, 5, m.deletedAt());
            ps.setLong(6, m.version());
            ps.setString(7, m.id().toString());
            ps.setLong(8, readVersion);
            return ps.executeUpdate() == 1;
        }
    }

    Optional<Comment> find(UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM record_comment WHERE id = ?")) {
            ps.setString(1, id.toString());
            return read(ps).stream().findFirst();
        }
    }

    Page<Comment> find(RecordRef record, PageRequest page) throws SQLException {
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM record_comment WHERE record_type = ? AND record_id = ?")) {
            ps.setString(1, record.type());
            ps.setString(2, record.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM record_comment WHERE record_type = ? AND record_id = ? "
                + "ORDER BY created_at, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            ps.setString(1, record.type());
            ps.setString(2, record.id().toString());
            ps.setInt(3, page.offset());
            ps.setInt(4, page.limit());
            return new Page<>(read(ps), total, page.offset(), page.limit());
        }
    }

    private static List<Comment> read(PreparedStatement ps) throws SQLException {
        List<Comment> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String mentions = rs.getString(6);
                out.add(new Comment(UUID.fromString(Sql.id(rs, 1)), new RecordRef(rs.getString(2), UUID.fromString(Sql.id(rs, 3))),
                        rs.getString(4), rs.getString(5), mentions.isBlank() ? List.of() : Arrays.asList(mentions.split(" ")),
                        Sql.instant(rs, 7), Sql.instant(rs, 8), rs.getString(9), Sql.instant(rs, 10), rs.getLong(11)));
            }
        }
        return out;
    }
}
