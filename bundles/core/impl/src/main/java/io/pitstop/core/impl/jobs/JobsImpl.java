package io.pitstop.core.impl.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.SchemaMigrations;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.jobs.JobRun;
import io.pitstop.core.api.jobs.JobSchedule;
import io.pitstop.core.api.jobs.JobStatus;
import io.pitstop.core.api.jobs.JobType;
import io.pitstop.core.api.jobs.Jobs;
import io.pitstop.core.api.time.Clock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background jobs in {@code job_run} and {@code job_schedule} (plain JDBC inside {@link Transactions}), run on a
 * small pool of this server's threads. Progress, checkpoint and status are written as the run goes, so REST and
 * the UI read them from the database, and a run the server stopped under is found RUNNING at the next start and
 * failed with {@link Jobs#SERVER_STOPPED}; resuming it continues from its checkpoint. Every time is read from the
 * {@link Clock}. Schedules fire only when {@link #fireDueSchedules()} is called, which the Camel master route
 * does on the one node holding the lock; the conditional update of {@code next_at} keeps a schedule's instant
 * from starting twice even so.
 */
@Component(service = Jobs.class, immediate = true)
public class JobsImpl implements Jobs {
    private static final Logger LOG = LoggerFactory.getLogger(JobsImpl.class);
    static final String RUN = "job-run";
    static final String SCHEDULE = "job-schedule";
    private static final int THREADS = 2;
    private static final int MAX_PARAMETERS = 20;
    private static final int MAX_VALUE = 500;
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, job_type, status, parameters, done_units, total_units, started_by, schedule_id, "
            + "scheduled_for, created_at, started_at, attempt_started_at, attempt_start_done, finished_at, cancel_requested, attempts, "
            + "result_text, error_text";

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private SchemaMigrations migrations;

    @Reference
    private AuditService audit;

    @Reference
    private Clock clock;

    private final Map<String, JobType> types = new ConcurrentHashMap<>();
    /** Runs going on this server, by id: their cancel flags. */
    private final Map<UUID, RunContext> running = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private volatile ExecutorService pool;
    private volatile boolean stopping;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeType")
    void addType(JobType type) {
        JobType before = types.putIfAbsent(type.name(), type);
        if (before != null && before != type) {
            LOG.error("Job type {} of {} is ignored: {} already has that name", type.name(), type.getClass().getName(),
                    before.getClass().getName());
        }
    }

    void removeType(JobType type) {
        types.remove(type.name(), type);
    }

    @Activate
    void activate() {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "pitstop-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // this server just started: nothing can be running, so what the database says is running died with the last one
        int failed = transactions.required(() -> update("UPDATE job_run SET status = ?, error_text = ?, finished_at = ? "
                + "WHERE status IN (?, ?)", JobStatus.FAILED.name(), SERVER_STOPPED, ts(clock.now()), JobStatus.RUNNING.name(),
                JobStatus.QUEUED.name()));
        if (failed > 0) {
            LOG.warn("{} background job run(s) were left running by a server that stopped; marked FAILED ({}), resumable", failed,
                    SERVER_STOPPED);
        }
    }

    @Deactivate
    void deactivate() {
        stopping = true;
        running.values().forEach(r -> r.cancel = true);
        ExecutorService p = pool;
        if (p != null) {
            p.shutdownNow();
        }
    }

    @Override
    public List<JobType> types() {
        return types.values().stream().sorted(Comparator.comparing(JobType::name)).toList();
    }

    @Override
    public boolean mayRun(Actor actor, String type) {
        if (actor.hasAnyRole(Actor.ADMIN)) {
            return true;
        }
        JobType t = types.get(type);
        return t != null && t.roles().stream().anyMatch(actor.roles()::contains);
    }

    private JobType knownType(String type, String field) {
        Validation v = new Validation();
        v.required(type, field);
        v.throwIfInvalid();
        JobType t = types.get(type);
        if (t == null) {
            throw ValidationException.field(field, "must be one of the job types installed: " + String.join(", ", new TreeMap<>(types).keySet()));
        }
        return t;
    }

    private void checkParameters(JobType t, Map<String, String> parameters) {
        Validation v = new Validation();
        v.require(parameters.size() <= MAX_PARAMETERS, "parameters", "must have at most " + MAX_PARAMETERS + " entries");
        parameters.forEach((k, value) -> {
            v.require(value != null, "parameters." + k, "must be a text");
            v.maxLength(value, MAX_VALUE, "parameters." + k);
        });
        v.throwIfInvalid();
        t.check(parameters);
    }

    @Override
    public JobRun start(Actor actor, String type, Map<String, String> parameters) {
        Map<String, String> params = parameters == null ? Map.of() : parameters;
        JobType t = knownType(type, "type");
        if (!mayRun(actor, t.name())) {
            throw new AccessDeniedException("Runs of " + t.name() + " are started by an administrator or the roles it names");
        }
        checkParameters(t, params);
        UUID id = UUID.randomUUID();
        transactions.required(() -> {
            insertRun(id, t.name(), params, actor.name(), null, null);
            audit.record(actor, new RecordRef(RUN, id), "START", Map.of(), Map.of("type", t.name(), "parameters", params));
            return null;
        });
        submit(id);
        return get(id);
    }

    private void insertRun(UUID id, String type, Map<String, String> params, String by, UUID scheduleId, Instant scheduledFor)
            throws SQLException {
        update("INSERT INTO job_run (id, job_type, status, parameters, done_units, started_by, schedule_id, scheduled_for, created_at, "
                        + "attempt_start_done, cancel_requested, attempts) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, ?, 0)",
                id.toString(), type, JobStatus.QUEUED.name(), write(params), by, scheduleId == null ? null : scheduleId.toString(),
                scheduledFor == null ? null : ts(scheduledFor), ts(clock.now()), Boolean.FALSE);
    }

    private void submit(UUID id) {
        ExecutorService p = pool;
        if (p == null || stopping) {
            return;
        }
        p.submit(() -> execute(id));
    }

    /** Runs one queued run on this thread. */
    void execute(UUID id) {
        Instant now = clock.now();
        int claimed = transactions.required(() -> update("UPDATE job_run SET status = ?, started_at = COALESCE(started_at, ?), "
                        + "attempt_started_at = ?, attempt_start_done = done_units, attempts = attempts + 1, finished_at = NULL, "
                        + "error_text = NULL WHERE id = ? AND status = ?", JobStatus.RUNNING.name(), ts(now), ts(now), id.toString(),
                JobStatus.QUEUED.name()));
        if (claimed == 0) {
            return; // cancelled before it started
        }
        Stored row = load(id).orElseThrow();
        JobType type = types.get(row.run.type());
        if (type == null) {
            finish(id, JobStatus.FAILED, null, "Job type " + row.run.type() + " is not installed");
            return;
        }
        RunContext ctx = new RunContext(this, id, row.run.parameters(), row.checkpoint, row.run.done());
        ctx.cancel = row.run.cancelRequested();
        running.put(id, ctx);
        try {
            type.run(ctx);
            if (stopping) {
                finish(id, JobStatus.FAILED, ctx.result, SERVER_STOPPED);
            } else {
                finish(id, ctx.cancel ? JobStatus.CANCELLED : JobStatus.SUCCEEDED, ctx.result, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(id, stopping ? JobStatus.FAILED : JobStatus.CANCELLED, ctx.result, stopping ? SERVER_STOPPED : null);
        } catch (Exception | LinkageError e) {
            LOG.warn("Background job {} ({}) failed: {}", id, row.run.type(), e.toString());
            finish(id, JobStatus.FAILED, ctx.result, stopping ? SERVER_STOPPED
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            running.remove(id);
        }
    }

    private void finish(UUID id, JobStatus status, String result, String error) {
        try {
            transactions.required(() -> update("UPDATE job_run SET status = ?, finished_at = ?, result_text = ?, error_text = ? "
                            + "WHERE id = ? AND status = ?", status.name(), ts(clock.now()), clip(result), clip(error), id.toString(),
                    JobStatus.RUNNING.name()));
        } catch (RuntimeException e) {
            // the server is going down or the database is away: the next start finds it RUNNING and fails it
            LOG.warn("Could not record the end of background job {}: {}", id, e.getMessage());
        }
    }

    /** Writes progress; answers whether cancellation was asked meanwhile (perhaps on another server). */
    boolean progress(UUID id, long done, Long total, String checkpoint, boolean withCheckpoint) {
        return transactions.required(() -> {
            StringBuilder sql = new StringBuilder("UPDATE job_run SET done_units = ?");
            List<Object> args = new ArrayList<>(List.of(done));
            if (total != null) {
                sql.append(", total_units = ?");
                args.add(total);
            }
            if (withCheckpoint) {
                sql.append(", checkpoint_text = ?");
                args.add(checkpoint);
            }
            sql.append(" WHERE id = ?");
            args.add(id.toString());
            update(sql.toString(), args.toArray());
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT cancel_requested FROM job_run WHERE id = ?")) {
                ps.setString(1, id.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    void total(UUID id, long total) {
        transactions.required(() -> update("UPDATE job_run SET total_units = ? WHERE id = ?", total, id.toString()));
    }

    @Override
    public Optional<JobRun> find(UUID id) {
        return load(id).map(s -> s.run);
    }

    private JobRun get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("job run", id));
    }

    @Override
    public Page<JobRun> list(Actor actor, String type, JobStatus status, PageRequest page) {
        List<String> allowed = actor.hasAnyRole(Actor.ADMIN) ? null
                : types.values().stream().filter(t -> mayRun(actor, t.name())).map(JobType::name).toList();
        if (allowed != null && allowed.isEmpty()) {
            return new Page<>(List.of(), 0, page.offset(), page.limit());
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (type != null) {
            where.append(" AND job_type = ?");
            args.add(type);
        }
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status.name());
        }
        if (allowed != null) {
            where.append(" AND job_type IN (").append(String.join(", ", allowed.stream().map(a -> "?").toList())).append(')');
            args.addAll(allowed);
        }
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = prepare(c, "SELECT COUNT(*) FROM job_run" + where, args)) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Object> paged = new ArrayList<>(args);
            paged.add(page.offset());
            paged.add(page.limit());
            List<JobRun> items = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT " + COLUMNS + ", checkpoint_text FROM job_run" + where
                    + " ORDER BY created_at DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", paged);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(read(rs).run);
                }
            }
            return new Page<>(items, total, page.offset(), page.limit());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read background jobs: " + e.getMessage(), e);
        }
    }

    @Override
    public long count(JobStatus status) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = prepare(c, "SELECT COUNT(*) FROM job_run WHERE status = ?", List.of(status.name()));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count background jobs: " + e.getMessage(), e);
        }
    }

    @Override
    public JobRun cancel(Actor actor, UUID id) {
        JobRun run = get(id);
        if (!mayRun(actor, run.type())) {
            throw new AccessDeniedException("Runs of " + run.type() + " are cancelled by an administrator or the roles it names");
        }
        if (run.status().finished()) {
            throw new ConflictException("The run is " + run.status() + " already", id.toString());
        }
        transactions.required(() -> {
            // a queued run never starts; a running one sees the flag at its next step
            update("UPDATE job_run SET status = ?, cancel_requested = ?, finished_at = ? WHERE id = ? AND status = ?",
                    JobStatus.CANCELLED.name(), Boolean.TRUE, ts(clock.now()), id.toString(), JobStatus.QUEUED.name());
            update("UPDATE job_run SET cancel_requested = ? WHERE id = ? AND status = ?", Boolean.TRUE, id.toString(),
                    JobStatus.RUNNING.name());
            audit.record(actor, new RecordRef(RUN, id), "CANCEL", Map.of("status", run.status().name()), Map.of("cancelRequested", true));
            return null;
        });
        RunContext ctx = running.get(id);
        if (ctx != null) {
            ctx.cancel = true;
        }
        return get(id);
    }

    @Override
    public JobRun resume(Actor actor, UUID id) {
        JobRun run = get(id);
        if (!mayRun(actor, run.type())) {
            throw new AccessDeniedException("Runs of " + run.type() + " are resumed by an administrator or the roles it names");
        }
        if (run.status() != JobStatus.FAILED) {
            throw new ConflictException("Only a failed run can be resumed; this one is " + run.status(), id.toString());
        }
        if (!types.containsKey(run.type())) {
            throw new ConflictException("Job type " + run.type() + " is not installed", id.toString());
        }
        int queued = transactions.required(() -> {
            int n = update("UPDATE job_run SET status = ?, cancel_requested = ?, finished_at = NULL WHERE id = ? AND status = ?",
                    JobStatus.QUEUED.name(), Boolean.FALSE, id.toString(), JobStatus.FAILED.name());
            if (n > 0) {
                audit.record(actor, new RecordRef(RUN, id), "RESUME", Map.of("status", JobStatus.FAILED.name(), "done", run.done()),
                        Map.of("status", JobStatus.QUEUED.name()));
            }
            return n;
        });
        if (queued == 0) {
            throw new ConflictException("The run was resumed or changed meanwhile", id.toString());
        }
        submit(id);
        return get(id);
    }

    @Override
    public List<JobSchedule> schedules(Actor actor) {
        List<JobSchedule> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, job_type, cron, zone, parameters, next_at, last_at, created_by, created_at "
                     + "FROM job_schedule ORDER BY created_at, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                JobSchedule s = schedule(rs);
                if (mayRun(actor, s.type())) {
                    out.add(s);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read job schedules: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public JobSchedule schedule(Actor actor, String type, String cron, String zone, Map<String, String> parameters) {
        Map<String, String> params = parameters == null ? Map.of() : parameters;
        Validation v = new Validation();
        CronExpression expression = null;
        try {
            expression = CronExpression.parse(cron);
        } catch (IllegalArgumentException e) {
            v.require(false, "cron", e.getMessage());
        }
        ZoneId zoneId = clock.zone();
        if (zone != null && !zone.isBlank()) {
            try {
                zoneId = ZoneId.of(zone);
            } catch (DateTimeException e) {
                v.require(false, "zone", "must be a time zone such as Europe/Moscow");
            }
        }
        v.throwIfInvalid();
        JobType t = knownType(type, "type");
        if (!mayRun(actor, t.name())) {
            throw new AccessDeniedException("Runs of " + t.name() + " are scheduled by an administrator or the roles it names");
        }
        checkParameters(t, params);
        UUID id = UUID.randomUUID();
        Instant now = clock.now();
        Instant next = expression.next(now.atZone(zoneId)).toInstant();
        String zoneName = zoneId.getId();
        String cronText = expression.toString();
        transactions.required(() -> {
            update("INSERT INTO job_schedule (id, job_type, cron, zone, parameters, next_at, created_by, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id.toString(), t.name(), cronText, zoneName, write(params), ts(next), actor.name(), ts(now));
            audit.record(actor, new RecordRef(SCHEDULE, id), "CREATE", Map.of(), Map.of("type", t.name(), "cron", cronText, "zone", zoneName,
                    "parameters", params));
            return null;
        });
        return new JobSchedule(id, t.name(), cronText, zoneName, params, next, null, actor.name(), now);
    }

    @Override
    public void unschedule(Actor actor, UUID id) {
        JobSchedule s = schedules(Actor.system("jobs")).stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("job schedule", id));
        if (!mayRun(actor, s.type())) {
            throw new AccessDeniedException("Schedules of " + s.type() + " are removed by an administrator or the roles it names");
        }
        transactions.required(() -> {
            update("DELETE FROM job_schedule WHERE id = ?", id.toString());
            audit.record(actor, new RecordRef(SCHEDULE, id), "DELETE", Map.of("type", s.type(), "cron", s.cron(), "zone", s.zone()), Map.of());
            return null;
        });
    }

    @Override
    public int fireDueSchedules() {
        Instant now = clock.now();
        List<JobSchedule> due = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = prepare(c, "SELECT id, job_type, cron, zone, parameters, next_at, last_at, created_by, created_at "
                     + "FROM job_schedule WHERE next_at <= ? ORDER BY next_at", List.of(ts(now)));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                due.add(schedule(rs));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read job schedules: " + e.getMessage(), e);
        }
        int started = 0;
        for (JobSchedule s : due) {
            if (fire(s, now)) {
                started++;
            }
        }
        return started;
    }

    private boolean fire(JobSchedule s, Instant now) {
        ZoneId zone = ZoneId.of(s.zone());
        Instant next = CronExpression.parse(s.cron()).next(now.atZone(zone)).toInstant();
        UUID runId = UUID.randomUUID();
        boolean ok = transactions.required(() -> {
            // the instant is taken by whoever moves next_at first: a schedule never starts twice for one instant
            int moved = update("UPDATE job_schedule SET next_at = ?, last_at = ? WHERE id = ? AND next_at = ?", ts(next), ts(now),
                    s.id().toString(), ts(s.nextAt()));
            if (moved == 0) {
                return false;
            }
            if (!types.containsKey(s.type())) {
                LOG.warn("Schedule {} names job type {}, which is not installed: skipped until it is", s.id(), s.type());
                return false;
            }
            insertRun(runId, s.type(), s.parameters(), "schedule:" + s.createdBy(), s.id(), s.nextAt());
            audit.record(Actor.system("schedule"), new RecordRef(RUN, runId), "START", Map.of(), Map.of("type", s.type(), "schedule",
                    s.id().toString(), "scheduledFor", s.nextAt().toString()));
            return true;
        });
        if (ok) {
            submit(runId);
        }
        return ok;
    }

    // --- rows

    private record Stored(JobRun run, String checkpoint) {
    }

    private Optional<Stored> load(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = prepare(c, "SELECT " + COLUMNS + ", checkpoint_text FROM job_run WHERE id = ?", List.of(id.toString()));
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read background job " + id + ": " + e.getMessage(), e);
        }
    }

    private Stored read(ResultSet rs) throws SQLException {
        long done = rs.getLong("done_units");
        long totalValue = rs.getLong("total_units");
        Long total = rs.wasNull() ? null : totalValue;
        JobStatus status = JobStatus.valueOf(rs.getString("status"));
        Instant attemptStarted = instant(rs.getTimestamp("attempt_started_at"));
        Progress p = status == JobStatus.RUNNING
                ? Progress.of(done, total, rs.getLong("attempt_start_done"), attemptStarted, clock.now()) : new Progress(null, null);
        String schedule = rs.getString("schedule_id");
        JobRun run = new JobRun(UUID.fromString(rs.getString("id")), rs.getString("job_type"), status, readMap(rs.getString("parameters")),
                done, total, p.rate(), p.eta(), rs.getString("started_by"), schedule == null ? null : UUID.fromString(schedule),
                instant(rs.getTimestamp("scheduled_for")), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")), rs.getBoolean("cancel_requested"), rs.getInt("attempts"),
                rs.getString("result_text"), rs.getString("error_text"));
        return new Stored(run, rs.getString("checkpoint_text"));
    }

    private JobSchedule schedule(ResultSet rs) throws SQLException {
        return new JobSchedule(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4), readMap(rs.getString(5)),
                instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getString(8), instant(rs.getTimestamp(9)));
    }

    private int update(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, java.util.Arrays.asList(args))) {
            return ps.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<?> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        int i = 1;
        for (Object a : args) {
            if (a == null) {
                // typed as its column: PostgreSQL refuses a null sent as text for a timestamp column
                ps.setNull(i, columnType(ps, i));
                i++;
            } else if (a instanceof Timestamp t) {
                ps.setTimestamp(i++, t);
            } else if (a instanceof Long l) {
                ps.setLong(i++, l);
            } else if (a instanceof Integer n) {
                ps.setInt(i++, n);
            } else if (a instanceof Boolean b) {
                ps.setBoolean(i++, b);
            } else {
                ps.setString(i++, a.toString());
            }
        }
        return ps;
    }

    private static int columnType(PreparedStatement ps, int index) {
        try {
            return ps.getParameterMetaData().getParameterType(index);
        } catch (SQLException e) {
            return Types.VARCHAR; // a driver that cannot describe its parameters takes an untyped text null
        }
    }

    private String write(Map<String, String> map) {
        try {
            return json.writeValueAsString(new TreeMap<>(map));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store job parameters: " + e.getOriginalMessage(), e);
        }
    }

    private Map<String, String> readMap(String text) {
        try {
            return new LinkedHashMap<>(json.readValue(text, MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored job parameters are unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String clip(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }
}
