package io.pitstop.tasks.impl;

import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.tasks.api.ChecklistItem;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskId;
import io.pitstop.tasks.api.TaskQuery;
import io.pitstop.tasks.api.TaskService;
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
            + "confirm_by_creator, status, created_at, updated_at, version, reminder_at";
    private static final String OPEN = "status IN ('NEW', 'IN_PROGRESS', 'WAITING', 'DEFERRED')";

    private static final int CHUNK = 500;

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
        insert(t, null);
    }

    /** Stores a task with its links, people and checklist; {@code distributionKey}: the distribution that made it. */
    void insert(Task t, String distributionKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO task (" + COLUMNS + ", distribution_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
            setInstant(ps, 14, t.reminderAt());
            ps.setString(15, distributionKey);
            ps.executeUpdate();
        }
        insertPeople(t.id(), 'C', t.coWorkers());
        insertPeople(t.id(), 'O', t.observers());
        insertChecklist(t.id(), t.checklist());
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

    private void insertPeople(TaskId id, char kind, List<String> logins) throws SQLException {
        if (logins.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO task_person (task_id, kind, person_order, login) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < logins.size(); i++) {
                ps.setString(1, id.toString());
                ps.setString(2, String.valueOf(kind));
                ps.setInt(3, i);
                ps.setString(4, logins.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertChecklist(TaskId id, List<ChecklistItem> items) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO task_check (task_id, item_order, item_text, done, done_by, done_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < items.size(); i++) {
                ChecklistItem item = items.get(i);
                ps.setString(1, id.toString());
                ps.setInt(2, i);
                ps.setString(3, item.text());
                ps.setBoolean(4, item.done());
                ps.setString(5, item.doneBy());
                setInstant(ps, 6, item.doneAt());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Replaces the checklist if the row still had {@code version}; false: someone changed the task meanwhile. */
    boolean updateChecklist(TaskId id, long version, List<ChecklistItem> items, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE task SET updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
            setInstant(ps, 1, now);
            ps.setString(2, id.toString());
            ps.setLong(3, version);
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM task_check WHERE task_id = ?")) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
        insertChecklist(id, items);
        return true;
    }

    /** Open tasks whose reminder is due and has not fired, oldest first. */
    List<Task> dueReminders(Instant now, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM task WHERE reminder_fired = ? AND reminder_at <= ? AND "
                + OPEN + " ORDER BY reminder_at, number FETCH FIRST " + limit + " ROWS ONLY")) {
            ps.setBoolean(1, false);
            setInstant(ps, 2, now);
            return read(ps);
        }
    }

    /** Marks a reminder fired; false when another node fired it first. */
    boolean markReminderFired(TaskId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE task SET reminder_fired = ? WHERE id = ? AND reminder_fired = ?")) {
            ps.setBoolean(1, true);
            ps.setString(2, id.toString());
            ps.setBoolean(3, false);
            return ps.executeUpdate() == 1;
        }
    }

    /** The request hash of a distribution already made with this key. */
    Optional<String> distributionHash(String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT request_hash FROM task_distribution WHERE idem_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1).trim()) : Optional.empty();
            }
        }
    }

    void insertDistribution(String key, String hash, String actor, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO task_distribution (idem_key, request_hash, created_by, created_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, hash);
            ps.setString(3, actor);
            setInstant(ps, 4, now);
            ps.executeUpdate();
        }
    }

    /** The tasks a distribution made, in their order. */
    List<Task> distributed(String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM task WHERE distribution_key = ? ORDER BY number")) {
            ps.setString(1, key);
            return read(ps);
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

    /** {@code memberGroups}: the groups of {@link TaskQuery#member()}, whose tasks are theirs too. */
    Page<Task> find(TaskQuery q, List<String> memberGroups, PageRequest page, Instant now) throws SQLException {
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
        if (q.creator() != null) {
            where.append(" AND creator = ?");
            args.add(q.creator());
        }
        if (q.group() != null) {
            where.append(" AND assignee = ?");
            args.add(TaskService.GROUP_PREFIX + q.group());
        }
        if (q.awaitingConfirmationBy() != null) {
            where.append(" AND creator = ? AND status = 'DONE_AWAITING_CONFIRMATION'");
            args.add(q.awaitingConfirmationBy());
        }
        if (q.member() != null) {
            where.append(" AND (assignee = ? OR id IN (SELECT task_id FROM task_person WHERE login = ? AND kind = 'C')");
            args.add(q.member());
            args.add(q.member());
            for (String g : memberGroups) {
                where.append(" OR assignee = ?");
                args.add(TaskService.GROUP_PREFIX + g);
            }
            where.append(")");
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
                        instant(rs, 12), rs.getLong(13), instant(rs, 14)});
            }
        }
        List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
        Map<String, List<RecordRef>> links = new HashMap<>();
        Map<String, List<String>> coWorkers = new HashMap<>();
        Map<String, List<String>> observers = new HashMap<>();
        Map<String, List<ChecklistItem>> checklists = new HashMap<>();
        // a distribution reads thousands of tasks: keep each IN list far below what a statement may hold
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            links.putAll(links(chunk));
            people(chunk, coWorkers, observers);
            checklists.putAll(checklists(chunk));
        }
        List<Task> out = new ArrayList<>();
        for (Object[] r : rows) {
            String id = (String) r[0];
            out.add(new Task(new TaskId(UUID.fromString(id)), (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (Instant) r[6], (Boolean) r[7], (Boolean) r[8], TaskStatus.valueOf((String) r[9]),
                    links.getOrDefault(id, List.of()), (Instant) r[10], (Instant) r[11], (Long) r[12],
                    coWorkers.getOrDefault(id, List.of()), observers.getOrDefault(id, List.of()), (Instant) r[13],
                    checklists.getOrDefault(id, List.of())));
        }
        return out;
    }

    private Map<String, List<RecordRef>> links(List<String> ids) throws SQLException {
        Map<String, List<RecordRef>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = byTask("SELECT task_id, record_type, record_id FROM task_link", ids, "link_order")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1).trim(), k -> new ArrayList<>())
                            .add(new RecordRef(rs.getString(2), UUID.fromString(rs.getString(3).trim())));
                }
            }
        }
        return out;
    }

    private void people(List<String> ids, Map<String, List<String>> coWorkers, Map<String, List<String>> observers) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = byTask("SELECT task_id, kind, login FROM task_person", ids, "kind, person_order");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, List<String>> into = "C".equals(rs.getString(2).trim()) ? coWorkers : observers;
                into.computeIfAbsent(rs.getString(1).trim(), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
    }

    private Map<String, List<ChecklistItem>> checklists(List<String> ids) throws SQLException {
        Map<String, List<ChecklistItem>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = byTask("SELECT task_id, item_text, done, done_by, done_at FROM task_check", ids, "item_order");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1).trim(), k -> new ArrayList<>())
                        .add(new ChecklistItem(rs.getString(2), rs.getBoolean(3), rs.getString(4), instant(rs, 5)));
            }
        }
        return out;
    }

    /** A statement over the rows of these tasks, ordered by task and then {@code order}. */
    private PreparedStatement byTask(String select, List<String> ids, String order) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        PreparedStatement ps = c.prepareStatement(select + " WHERE task_id IN (" + marks + ") ORDER BY task_id, " + order);
        for (int i = 0; i < ids.size(); i++) {
            ps.setString(i + 1, ids.get(i));
        }
        return ps;
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
