package io.pitstop.tasks.impl;

import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskId;
import io.pitstop.tasks.api.TaskQuery;
import io.pitstop.tasks.api.TaskStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;

/** The task tables over one connection (the transaction's). Instants are UTC wall-clock TIMESTAMPs. */
final class TaskRows {
    private static final String COLUMNS = "id, number, title, description, creator, assignee, deadline, important, "
            + "confirm_by_creator, status, created_at, updated_at, version";
    private static final String OPEN = "status IN ('NEW', 'IN_PROGRESS', 'WAITING', 'DEFERRED')";

    private final Connection c;

    TaskRows(Connection c) {
        this.c = c;
    }

    /** The next number; the counter row stays locked until the transaction ends, so numbers never repeat. */
    long nextNumber() throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE task_counter SET next_value = next_value + 1 WHERE name = 'task'")) {
            if (up.executeUpdate() != 1) {
                throw new IllegalStateException("The task counter row is missing (migration V001 of tasks)");
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT next_value FROM task_counter WHERE name = 'task'");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1) - 1;
        }
    }

    void insert(Task t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO task (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, t.id().toString());
            ps.setLong(2, t.number());
            ps.setString(3, t.title());
            ps.setString(4, t.description());
            ps.setString(5, t.creator());
            ps.setString(6, t.assignee());
            setInstant(ps, 7, t.deadline());
            ps.setBoolean(8, t.important());
            ps.setBoolean(9, t.confirmByCreator());
            ps.setString(10, t.status().name());
            setInstant(ps, 11, t.createdAt());
            setInstant(ps, 12, t.updatedAt());
            ps.setLong(13, t.version());
            ps.executeUpdate();
        }
        if (t.links().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO task_link (task_id, link_order, record_type, record_id) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < t.links().size(); i++) {
                ps.setString(1, t.id().toString());
                ps.setInt(2, i);
                ps.setString(3, t.links().get(i).type());
                ps.setString(4, t.links().get(i).id().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Whether the row still had {@code version} and now has the new status; false: someone changed it meanwhile. */
    boolean updateStatus(TaskId id, long version, TaskStatus status, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE task SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
            ps.setString(1, status.name());
            setInstant(ps, 2, now);
            ps.setString(3, id.toString());
            ps.setLong(4, version);
            return ps.executeUpdate() == 1;
        }
    }

    Optional<Task> find(TaskId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM task WHERE id = ?")) {
            ps.setString(1, id.toString());
            List<Task> found = read(ps);
            return found.stream().findFirst();
        }
    }

    Page<Task> find(TaskQuery q, PageRequest page, Instant now) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.assignee() != null) {
            where.append(" AND assignee = ?");
            args.add(q.assignee());
        }
        if (q.status() != null) {
            where.append(" AND status = ?");
            args.add(q.status().name());
        }
        if (q.overdue() != null) {
            where.append(q.overdue() ? " AND " + OPEN + " AND deadline < ?" : " AND NOT (" + OPEN + " AND deadline IS NOT NULL AND deadline < ?)");
            args.add(now);
        }
        if (q.dueWithinDays() != null) {
            where.append(" AND " + OPEN + " AND deadline >= ? AND deadline < ?");
            args.add(now);
            args.add(now.plus(Duration.ofDays(q.dueWithinDays())));
        }
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM task" + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        // no deadline sorts last on both databases, whatever each does with NULL
        String sql = "SELECT " + COLUMNS + " FROM task" + where
                + " ORDER BY CASE WHEN deadline IS NULL THEN 1 ELSE 0 END, deadline, number OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.setInt(args.size() + 1, page.offset());
            ps.setInt(args.size() + 2, page.limit());
            return new Page<>(read(ps), total, page.offset(), page.limit());
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Instant instant) {
                setInstant(ps, i + 1, instant);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }

    /** The tasks a query finds, each with its links (read in one more statement for the lot). */
    private List<Task> read(PreparedStatement ps) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getString(1).trim(), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), instant(rs, 7), rs.getBoolean(8), rs.getBoolean(9), rs.getString(10), instant(rs, 11),
                        instant(rs, 12), rs.getLong(13)});
            }
        }
        Map<String, List<RecordRef>> links = links(rows.stream().map(r -> (String) r[0]).toList());
        List<Task> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Task(new TaskId(UUID.fromString((String) r[0])), (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (Instant) r[6], (Boolean) r[7], (Boolean) r[8], TaskStatus.valueOf((String) r[9]),
                    links.getOrDefault((String) r[0], List.of()), (Instant) r[10], (Instant) r[11], (Long) r[12]));
        }
        return out;
    }

    private Map<String, List<RecordRef>> links(List<String> ids) throws SQLException {
        Map<String, List<RecordRef>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT task_id, record_type, record_id FROM task_link WHERE task_id IN ("
                + marks + ") ORDER BY task_id, link_order")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1).trim(), k -> new ArrayList<>())
                            .add(new RecordRef(rs.getString(2), UUID.fromString(rs.getString(3).trim())));
                }
            }
        }
        return out;
    }

    /** A fresh calendar each time: drivers may change the one they are given. */
    private static Calendar utc() {
        return new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    }

    private static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, java.sql.Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(instant), utc());
        }
    }

    private static Instant instant(ResultSet rs, int index) throws SQLException {
        Timestamp t = rs.getTimestamp(index, utc());
        return t == null ? null : t.toInstant();
    }
}
