package io.pitstop.kso.impl;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.time.Clock;
import io.pitstop.kso.api.CreditProgramme;
import io.pitstop.kso.api.CreditProgrammes;
import io.pitstop.kso.api.ImportReport;
import io.pitstop.kso.api.ProgrammeDraft;
import io.pitstop.kso.api.ProgrammeStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Credit programmes on plain JDBC inside {@link Transactions}: one row per programme, written with its audit
 * record; an import stores all its good rows in one transaction, so a failure halfway leaves the table as it was.
 */
@Component(service = CreditProgrammes.class)
public class CreditProgrammesImpl implements CreditProgrammes {
    private static final String COLUMNS = "id, code, location, default_location, bank, online, name, status, annual_rate, "
            + "down_min, down_max, amount_min, amount_max, term_min, term_max, residual, residual_min, residual_max, "
            + "state_programme, collateral, kasko_required, kasko_term, life_required, gap_required, priority, updated_at";

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    /** Only so that this starts after the plugin's tables exist. */
    @Reference
    private KsoSchema schema;

    @Reference
    private AuditService audit;

    @Reference
    private Clock clock;

    @Override
    public CreditProgramme create(Actor actor, ProgrammeDraft draft) {
        ProgrammeRules.check(draft);
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                return insert(c, actor, draft);
            } catch (SQLException e) {
                throw KsoSchema.failure("store a credit programme", e);
            }
        });
    }

    @Override
    public CreditProgramme update(Actor actor, UUID id, ProgrammeDraft draft) {
        ProgrammeRules.check(draft);
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                CreditProgramme before = find(c, id).orElseThrow(() -> new NotFoundException(CreditProgramme.TYPE, id));
                return replace(c, actor, before, draft);
            } catch (SQLException e) {
                throw KsoSchema.failure("change a credit programme", e);
            }
        });
    }

    @Override
    public CreditProgramme get(UUID id) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, id).orElseThrow(() -> new NotFoundException(CreditProgramme.TYPE, id));
        } catch (SQLException e) {
            throw KsoSchema.failure("read a credit programme", e);
        }
    }

    @Override
    public List<CreditProgramme> list() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM kso_programme")) {
            List<CreditProgramme> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            out.sort(Comparator.comparingInt(CreditProgramme::priority).reversed()
                    .thenComparing(CreditProgramme::bank).thenComparing(CreditProgramme::name)
                    .thenComparing(p -> p.code() == null ? "" : p.code()));
            return out;
        } catch (SQLException e) {
            throw KsoSchema.failure("list credit programmes", e);
        }
    }

    @Override
    public ImportReport importFile(Actor actor, byte[] content) {
        ProgrammeImport.Parsed parsed = ProgrammeImport.parse(content);
        if (parsed.rows().isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            parsed.problems().forEach(p -> errors.add(new FieldError("file", "line " + p.line() + ": " + p.field() + " " + p.reason())));
            if (errors.isEmpty()) {
                errors.add(new FieldError("file", "has no programme rows"));
            }
            throw new ValidationException(errors);
        }
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                int imported = 0;
                int updated = 0;
                for (ProgrammeImport.Good row : parsed.rows()) {
                    Optional<CreditProgramme> existing = byCode(c, row.draft().code());
                    if (existing.isPresent()) {
                        replace(c, actor, existing.get(), row.draft());
                        updated++;
                    } else {
                        insert(c, actor, row.draft());
                        imported++;
                    }
                }
                return new ImportReport(imported, updated, parsed.repeated(), parsed.problems());
            } catch (SQLException e) {
                throw KsoSchema.failure("import credit programmes", e);
            }
        });
    }

    private CreditProgramme insert(Connection c, Actor actor, ProgrammeDraft draft) throws SQLException {
        checkCodeFree(c, draft.code(), null);
        CreditProgramme p = CreditProgramme.of(UUID.randomUUID(), draft, now());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kso_programme (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, p.id().toString());
            bind(ps, 2, p);
            ps.executeUpdate();
        }
        audit.record(actor, p.ref(), "created", null, snapshot(p));
        return p;
    }

    private CreditProgramme replace(Connection c, Actor actor, CreditProgramme before, ProgrammeDraft draft) throws SQLException {
        checkCodeFree(c, draft.code(), before.id());
        CreditProgramme p = CreditProgramme.of(before.id(), draft, now());
        try (PreparedStatement ps = c.prepareStatement("UPDATE kso_programme SET code = ?, location = ?, default_location = ?, "
                + "bank = ?, online = ?, name = ?, status = ?, annual_rate = ?, down_min = ?, down_max = ?, amount_min = ?, "
                + "amount_max = ?, term_min = ?, term_max = ?, residual = ?, residual_min = ?, residual_max = ?, "
                + "state_programme = ?, collateral = ?, kasko_required = ?, kasko_term = ?, life_required = ?, "
                + "gap_required = ?, priority = ?, updated_at = ? WHERE id = ?")) {
            int next = bind(ps, 1, p);
            ps.setString(next, p.id().toString());
            ps.executeUpdate();
        }
        audit.record(actor, p.ref(), "updated", snapshot(before), snapshot(p));
        return p;
    }

    /** The bank's id names one programme: a second one with it would make the next import ambiguous. */
    private void checkCodeFree(Connection c, String code, UUID self) throws SQLException {
        if (code == null) {
            return;
        }
        Optional<CreditProgramme> holder = byCode(c, code);
        if (holder.isPresent() && !holder.get().id().equals(self)) {
            throw new ConflictException("A credit programme with code " + code + " exists already", holder.get().id().toString());
        }
    }

    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Binds every column but the id from {@code at}; answers the next free index. */
    private static int bind(PreparedStatement ps, int at, CreditProgramme p) throws SQLException {
        ps.setString(at++, p.code());
        ps.setString(at++, p.location());
        ps.setString(at++, p.defaultLocation());
        ps.setString(at++, p.bank());
        ps.setBoolean(at++, p.online());
        ps.setString(at++, p.name());
        ps.setString(at++, p.status().name());
        ps.setBigDecimal(at++, p.annualRatePercent());
        ps.setBigDecimal(at++, p.downPaymentPercentMin());
        ps.setBigDecimal(at++, p.downPaymentPercentMax());
        ps.setBigDecimal(at++, p.amountMin());
        ps.setBigDecimal(at++, p.amountMax());
        ps.setInt(at++, p.termMonthsMin());
        ps.setInt(at++, p.termMonthsMax());
        ps.setBoolean(at++, p.residual());
        ps.setBigDecimal(at++, p.residualPercentMin());
        ps.setBigDecimal(at++, p.residualPercentMax());
        ps.setBoolean(at++, p.stateProgramme());
        ps.setBoolean(at++, p.collateral());
        ps.setBoolean(at++, p.kaskoRequired());
        if (p.kaskoTermMonths() == null) {
            ps.setNull(at++, Types.INTEGER);
        } else {
            ps.setInt(at++, p.kaskoTermMonths());
        }
        ps.setBoolean(at++, p.lifeInsuranceRequired());
        ps.setBoolean(at++, p.gapRequired());
        ps.setInt(at++, p.priority());
        ps.setTimestamp(at++, Timestamp.from(p.updatedAt()));
        return at;
    }

    private static Optional<CreditProgramme> find(Connection c, UUID id) throws SQLException {
        return one(c, "id", id.toString());
    }

    private static Optional<CreditProgramme> byCode(Connection c, String code) throws SQLException {
        return code == null ? Optional.empty() : one(c, "code", code);
    }

    private static Optional<CreditProgramme> one(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM kso_programme WHERE " + column + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static CreditProgramme read(ResultSet rs) throws SQLException {
        int kasko = rs.getInt("kasko_term");
        Integer kaskoTerm = rs.wasNull() ? null : kasko;
        return new CreditProgramme(UUID.fromString(rs.getString("id")), rs.getString("code"), rs.getString("location"),
                rs.getString("default_location"), rs.getString("bank"), rs.getBoolean("online"), rs.getString("name"),
                ProgrammeStatus.valueOf(rs.getString("status")), percent(rs, "annual_rate"), percent(rs, "down_min"),
                percent(rs, "down_max"), rs.getBigDecimal("amount_min").setScale(2), rs.getBigDecimal("amount_max").setScale(2),
                rs.getInt("term_min"), rs.getInt("term_max"), rs.getBoolean("residual"), percent(rs, "residual_min"),
                percent(rs, "residual_max"), rs.getBoolean("state_programme"), rs.getBoolean("collateral"),
                rs.getBoolean("kasko_required"), kaskoTerm, rs.getBoolean("life_required"), rs.getBoolean("gap_required"),
                rs.getInt("priority"), rs.getTimestamp("updated_at").toInstant());
    }

    /** Percentages as written (20, 39.9999), not with the column's four decimals. */
    private static BigDecimal percent(ResultSet rs, String column) throws SQLException {
        BigDecimal p = rs.getBigDecimal(column);
        if (p == null) {
            return null;
        }
        BigDecimal plain = p.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    static Map<String, Object> snapshot(CreditProgramme p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("location", p.location());
        m.put("defaultLocation", p.defaultLocation());
        m.put("bank", p.bank());
        m.put("online", p.online());
        m.put("name", p.name());
        m.put("status", p.status().name());
        m.put("annualRatePercent", p.annualRatePercent().toPlainString());
        m.put("downPaymentPercentMin", p.downPaymentPercentMin().toPlainString());
        m.put("downPaymentPercentMax", p.downPaymentPercentMax().toPlainString());
        m.put("amountMin", p.amountMin().toPlainString());
        m.put("amountMax", p.amountMax().toPlainString());
        m.put("termMonthsMin", p.termMonthsMin());
        m.put("termMonthsMax", p.termMonthsMax());
        m.put("residual", p.residual());
        m.put("residualPercentMin", p.residualPercentMin() == null ? null : p.residualPercentMin().toPlainString());
        m.put("residualPercentMax", p.residualPercentMax() == null ? null : p.residualPercentMax().toPlainString());
        m.put("stateProgramme", p.stateProgramme());
        m.put("collateral", p.collateral());
        m.put("kaskoRequired", p.kaskoRequired());
        m.put("kaskoTermMonths", p.kaskoTermMonths());
        m.put("lifeInsuranceRequired", p.lifeInsuranceRequired());
        m.put("gapRequired", p.gapRequired());
        m.put("priority", p.priority());
        return m;
    }
}
