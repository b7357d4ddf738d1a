package io.pitstop.timeline.impl;

import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.timeline.api.TimelineEntry;
import io.pitstop.timeline.api.TimelineQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The timeline tables over one connection (the transaction's). */
final class TimelineRows {
    private final Connection c;

    TimelineRows(Connection c) {
        this.c = c;
    }

    void insert(TimelineEntry e, String sourceKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO timeline_entry (id, kind, occurred_at, actor, link_type, link_id, "
                + "source_key) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.id().toString());
            ps.setString(2, e.kind());
            Sql.setInstant(ps, 3, e.occurredAt());
            ps.setString(4, e.actor());
            ps.setString(5, e.link() == null ? null : e.link().type());
            ps.setString(6, e.link() == null ? null : e.link().id().toString());
            ps.setString(7, sourceKey);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO timeline_entry_record (entry_id, record_type, record_id, kind, "
                + "occurred_at) VALUES (?, ?, ?, ?, ?)")) {
            for (RecordRef r : e.records()) {
                ps.setString(1, e.id().toString());
                ps.setString(2, r.type());
                ps.setString(3, r.id().toString());
                ps.setString(4, e.kind());
                Sql.setInstant(ps, 5, e.occurredAt());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        writeTexts(e.id(), e.texts());
    }

    private void writeTexts(UUID entry, Map<String, String> texts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO timeline_text (entry_id, lang, body) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> t : texts.entrySet()) {
                ps.setString(1, entry.toString());
                ps.setString(2, t.getKey());
                ps.setString(3, t.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The id of the entry recorded with this key, if any. */
    Optional<UUID> bySourceKey(String sourceKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM timeline_entry WHERE source_key = ?")) {
            ps.setString(1, sourceKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(UUID.fromString(Sql.id(rs, 1))) : Optional.empty();
            }
        }
    }

    void replaceTexts(UUID entry, Map<String, String> texts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM timeline_text WHERE entry_id = ?")) {
            ps.setString(1, entry.toString());
            ps.executeUpdate();
        }
        writeTexts(entry, texts);
    }

    Optional<TimelineEntry> find(UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, occurred_at, actor, link_type, link_id FROM timeline_entry WHERE id = ?")) {
            ps.setString(1, id.toString());
            return read(ps).stream().findFirst();
        }
    }

    Page<TimelineEntry> find(TimelineQuery q, PageRequest page) throws SQLException {
        // a card's page comes from the record index; other lists from the entries themselves
        String from;
        String time;
        String kindColumn;
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.record() != null) {
            from = " FROM timeline_entry_record r JOIN timeline_entry e ON e.id = r.entry_id";
            time = "r.occurred_at";
            kindColumn = "r.kind";
            where.append(" AND r.record_type = ? AND r.record_id = ?");
            args.add(q.record().type());
            args.add(q.record().id().toString());
        } else {
            from = " FROM timeline_entry e";
            time = "e.occurred_at";
            kindColumn = "e.kind";
        }
        if (q.kind() != null) {
            if (EntryRules.isPrefix(q.kind())) {
                // contact.* is the family: contact itself and every contact.<something>
                String family = q.kind().substring(0, q.kind().length() - 2);
                where.append(" AND (").append(kindColumn).append(" = ? OR ").append(kindColumn).append(" LIKE ?)");
                args.add(family);
                args.add(family + ".%");
            } else {
                where.append(" AND ").append(kindColumn).append(" = ?");
                args.add(q.kind());
            }
        }
        if (q.actor() != null) {
            where.append(" AND e.actor = ?");
            args.add(q.actor());
        }
        if (!q.anyOf().isEmpty()) {
            // a subquery rather than a join: an entry on two of the records is listed once
            where.append(" AND e.id IN (SELECT entry_id FROM timeline_entry_record WHERE ");
            for (int i = 0; i < q.anyOf().size(); i++) {
                where.append(i == 0 ? "" : " OR ").append("(record_type = ? AND record_id = ?)");
                args.add(q.anyOf().get(i).type());
                args.add(q.anyOf().get(i).id().toString());
            }
            where.append(")");
        }
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + from + where)) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        String sql = "SELECT e.id, e.kind, e.occurred_at, e.actor, e.link_type, e.link_id" + from + where
                + " ORDER BY " + time + " DESC, e.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            args.add(page.offset());
            args.add(page.limit());
            Sql.bind(ps, args);
            return new Page<>(read(ps), total, page.offset(), page.limit());
        }
    }

    /** Entries of a query in its order, each with its records and texts (two more statements for the lot). */
    private List<TimelineEntry> read(PreparedStatement ps) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String linkType = rs.getString(5);
                rows.add(new Object[] {Sql.id(rs, 1), rs.getString(2), Sql.instant(rs, 3), rs.getString(4),
                        linkType == null ? null : new RecordRef(linkType, UUID.fromString(Sql.id(rs, 6)))});
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
        Map<String, List<RecordRef>> records = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT entry_id, record_type, record_id FROM timeline_entry_record WHERE entry_id IN ("
                + Sql.marks(ids.size()) + ") ORDER BY entry_id, record_type, record_id")) {
            Sql.bind(q, new ArrayList<>(ids));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    records.computeIfAbsent(Sql.id(rs, 1), k -> new ArrayList<>()).add(new RecordRef(rs.getString(2), UUID.fromString(Sql.id(rs, 3))));
                }
            }
        }
        Map<String, Map<String, String>> texts = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT entry_id, lang, body FROM timeline_text WHERE entry_id IN (" + Sql.marks(ids.size()) + ")")) {
            Sql.bind(q, new ArrayList<>(ids));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    texts.computeIfAbsent(Sql.id(rs, 1), k -> new LinkedHashMap<>()).put(rs.getString(2).trim(), rs.getString(3));
                }
            }
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (Object[] r : rows) {
            String id = (String) r[0];
            out.add(new TimelineEntry(UUID.fromString(id), (String) r[1], (Instant) r[2], (String) r[3], texts.getOrDefault(id, Map.of()),
                    records.getOrDefault(id, List.of()), (RecordRef) r[4]));
        }
        return out;
    }
}
