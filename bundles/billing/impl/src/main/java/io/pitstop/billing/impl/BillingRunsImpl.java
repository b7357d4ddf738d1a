package io.pitstop.billing.impl;

import io.pitstop.billing.api.BillingRun;
import io.pitstop.billing.api.BillingRuns;
import io.pitstop.billing.api.ChargeOutcome;
import io.pitstop.billing.api.ChargeOutcome.Result;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.jobs.JobContext;
import io.pitstop.core.api.jobs.JobRun;
import io.pitstop.core.api.jobs.JobType;
import io.pitstop.core.api.jobs.Jobs;
import io.pitstop.core.api.time.Clock;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Billing runs as core background jobs. A run first lists its accounts ({@code billing_run_item}, PENDING), then
 * claims them in chunks and charges each through {@link BillingImpl}, whose ledger keys make a repeat harmless.
 * Claiming: on PostgreSQL {@code SELECT … FOR UPDATE SKIP LOCKED}, so that two servers on one database share a run
 * without waiting on each other's chunk; on Derby (one embedded server) a plain select followed by a conditional
 * {@code UPDATE … WHERE state = 'PENDING'}, which claims a row for the one update that changes it. A run resumed after
 * a crash puts its CLAIMED rows back to PENDING: whatever was charged of them the ledger's keys recognise.
 */
@Component(service = {BillingRuns.class, JobType.class})
public class BillingRunsImpl implements BillingRuns, JobType {
    private static final int CHUNK = 100;
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final Set<String> PARAMETERS = Set.of("period", "accountIds", "preview");
    /**
     * The period of a scheduled run: the month the run starts in, on the company's calendar (a schedule's parameters
     * are fixed when it is made, its months are not).
     */
    static final String CURRENT = "current";

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private Clock clock;

    @Reference
    private Jobs jobs;

    @Reference
    private BillingImpl billing;

    @Override
    public String name() {
        return JOB_TYPE;
    }

    @Override
    public Map<String, String> labels() {
        return Map.of("en", "Billing run", "ru", "Биллинг: списание за месяц");
    }

    @Override
    public Set<String> roles() {
        return Set.of(Actor.ACCOUNTANT);
    }

    @Override
    public void check(Map<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw ValidationException.field("parameters." + name, "is not a parameter of " + name());
            }
        }
        if (!CURRENT.equals(parameters.get("period"))) {
            period(parameters.get("period"), "parameters.period");
        }
        accountIds(parameters.getOrDefault("accountIds", ""));
        String preview = parameters.getOrDefault("preview", "false");
        if (!preview.equals("true") && !preview.equals("false")) {
            throw ValidationException.field("parameters.preview", "must be true or false");
        }
    }

    /** A period as {@code yyyy-MM}, not after the current month: a month is charged on its first day, never before. */
    YearMonth period(String text, String field) {
        if (text == null || text.isEmpty()) {
            throw ValidationException.field(field, "is required");
        }
        YearMonth p;
        try {
            if (!text.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("form", text, 0);
            }
            p = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw ValidationException.field(field, "must be a month such as 2024-03");
        }
        if (p.isAfter(YearMonth.from(clock.today()))) {
            throw ValidationException.field(field, "must not be after the current month: a month is charged on its first day");
        }
        return p;
    }

    private static List<UUID> accountIds(String text) {
        List<UUID> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String part : text.split(",", -1)) {
            try {
                out.add(UUID.fromString(part));
            } catch (IllegalArgumentException e) {
                throw ValidationException.field("accountIds", "must be account ids (UUIDs)");
            }
        }
        return out;
    }

    @Override
    public BillingRun start(Actor actor, YearMonth period, List<UUID> accountIds, boolean preview) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("period", period(period == null ? null : period.toString(), "period").toString());
        if (accountIds != null && !accountIds.isEmpty()) {
            params.put("accountIds", accountIds.stream().map(UUID::toString).collect(Collectors.joining(",")));
        }
        params.put("preview", Boolean.toString(preview));
        JobRun run = jobs.start(actor, JOB_TYPE, params);
        return report(run);
    }

    @Override
    public BillingRun get(UUID id) {
        JobRun run = jobs.find(id).filter(r -> r.type().equals(JOB_TYPE)).orElseThrow(() -> new NotFoundException("billing-run", id));
        return report(run);
    }

    private BillingRun report(JobRun run) {
        List<ChargeOutcome> lines = new ArrayList<>();
        YearMonth period = periodOf(run.id(), run.parameters().get("period"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT account_id, result, charged, reserved, shortfall, reason "
                     + "FROM billing_run_item WHERE run_id = ? AND state = 'DONE' ORDER BY account_id")) {
            ps.setString(1, run.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new ChargeOutcome(UUID.fromString(rs.getString(1).trim()), period, Result.valueOf(rs.getString(2)),
                            rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw BillingSchema.failure("read a billing run", e);
        }
        int charged = count(lines, Result.CHARGED);
        int reserved = (int) lines.stream().filter(l -> l.reserved() != null && l.reserved().signum() > 0).count();
        return new BillingRun(run.id(), period.toString(), Boolean.parseBoolean(run.parameters().get("preview")), run.status(),
                run.done(), run.total(), charged, reserved, count(lines, Result.SUSPENDED), count(lines, Result.SKIPPED),
                count(lines, Result.FAILED), lines);
    }

    private static int count(List<ChargeOutcome> lines, Result r) {
        return (int) lines.stream().filter(l -> l.result() == r).count();
    }

    @Override
    public void run(JobContext context) throws Exception {
        UUID runId = context.runId();
        Map<String, String> p = context.parameters();
        YearMonth period = periodOf(runId, p.get("period"));
        boolean preview = Boolean.parseBoolean(p.getOrDefault("preview", "false"));
        List<UUID> named = accountIds(p.getOrDefault("accountIds", ""));
        long total;
        if (context.checkpoint() == null) {
            total = list(runId, period, preview, named);
            context.progress(0, "listed");
        } else {
            total = requeue(runId);
        }
        context.total(total);
        Actor actor = Actor.system("billing-run");
        long done = context.done();
        while (!context.cancelled()) {
            List<UUID> chunk = claim(runId);
            if (chunk.isEmpty()) {
                break;
            }
            for (UUID account : chunk) {
                ChargeOutcome o;
                try {
                    o = billing.charge(actor, account, period, preview);
                } catch (RuntimeException e) {
                    o = new ChargeOutcome(account, period, Result.FAILED, ZERO, ZERO, ZERO, String.valueOf(e.getMessage()));
                }
                finish(runId, o);
                context.progress(++done, "listed");
            }
        }
        BillingRun r = get(runId);
        context.result((preview ? "preview: " : "") + "charged " + r.charged() + ", reserved " + r.reserved() + ", suspended "
                + r.suspended() + ", skipped " + r.skipped() + ", failed " + r.failed());
    }

    /**
     * A run's period: as given, or for a scheduled run ({@link #CURRENT}) the month its listing stored, or before the
     * listing the current month by the clock.
     */
    private YearMonth periodOf(UUID runId, String parameter) {
        if (!CURRENT.equals(parameter)) {
            return YearMonth.parse(parameter);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT period FROM billing_run WHERE id = ?")) {
            ps.setString(1, runId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? YearMonth.parse(rs.getString(1)) : YearMonth.from(clock.today());
            }
        } catch (SQLException e) {
            throw BillingSchema.failure("read a billing run", e);
        }
    }

    /** Lists the run's accounts: those named, or every account with a subscription that is not cancelled. */
    private long list(UUID runId, YearMonth period, boolean preview, List<UUID> named) {
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO billing_run (id, period, preview, created_at) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, runId.toString());
                    ps.setString(2, period.toString());
                    ps.setBoolean(3, preview);
                    ps.setTimestamp(4, Timestamp.from(clock.now().truncatedTo(ChronoUnit.MILLIS)));
                    ps.executeUpdate();
                }
                List<UUID> accounts = new ArrayList<>(named);
                if (named.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT DISTINCT account_id FROM billing_subscription WHERE status <> 'CANCELLED'");
                         ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            accounts.add(UUID.fromString(rs.getString(1).trim()));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO billing_run_item (run_id, account_id, state) VALUES (?, ?, 'PENDING')")) {
                    for (UUID a : accounts.stream().distinct().toList()) {
                        ps.setString(1, runId.toString());
                        ps.setString(2, a.toString());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return (long) accounts.stream().distinct().count();
            }
        });
    }

    private long requeue(UUID runId) {
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE billing_run_item SET state = 'PENDING' WHERE run_id = ? AND state = 'CLAIMED'")) {
                    ps.setString(1, runId.toString());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM billing_run_item WHERE run_id = ?")) {
                    ps.setString(1, runId.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            }
        });
    }

    /** Claims up to {@link #CHUNK} pending accounts of the run in one short transaction. */
    private List<UUID> claim(UUID runId) {
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
                List<UUID> candidates = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT account_id FROM billing_run_item WHERE run_id = ? AND state = 'PENDING' "
                        + (postgres ? "LIMIT " + CHUNK + " FOR UPDATE SKIP LOCKED" : "FETCH FIRST " + CHUNK + " ROWS ONLY"))) {
                    ps.setString(1, runId.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            candidates.add(UUID.fromString(rs.getString(1).trim()));
                        }
                    }
                }
                List<UUID> claimed = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE billing_run_item SET state = 'CLAIMED' WHERE run_id = ? AND account_id = ? AND state = 'PENDING'")) {
                    for (UUID a : candidates) {
                        ps.setString(1, runId.toString());
                        ps.setString(2, a.toString());
                        if (ps.executeUpdate() == 1) {
                            claimed.add(a);
                        }
                    }
                }
                return claimed;
            }
        });
    }

    private void finish(UUID runId, ChargeOutcome o) {
        transactions.required(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("UPDATE billing_run_item SET state = 'DONE', result = ?, charged = ?, "
                         + "reserved = ?, shortfall = ?, reason = ? WHERE run_id = ? AND account_id = ?")) {
                ps.setString(1, o.result().name());
                ps.setBigDecimal(2, o.charged());
                ps.setBigDecimal(3, o.reserved());
                ps.setBigDecimal(4, o.shortfall());
                String reason = o.reason();
                ps.setString(5, reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason);
                ps.setString(6, runId.toString());
                ps.setString(7, o.accountId().toString());
                ps.executeUpdate();
                return null;
            }
        });
    }
}
