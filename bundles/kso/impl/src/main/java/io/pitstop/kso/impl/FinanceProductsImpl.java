package io.pitstop.kso.impl;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.time.Clock;
import io.pitstop.kso.api.CreditProgrammes;
import io.pitstop.kso.api.FinanceProduct;
import io.pitstop.kso.api.FinanceProductDraft;
import io.pitstop.kso.api.FinanceProducts;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Finance products on plain JDBC: a row, its rewards per counterparty and the programmes that demand it, replaced
 * together with the audit record in one transaction. Starts after {@link CreditProgrammes} (and so after the
 * plugin's tables exist), and asks it whether a programme named as demanding the product exists.
 */
@Component(service = FinanceProducts.class)
public class FinanceProductsImpl implements FinanceProducts {
    private static final String COLUMNS = "id, name, kind, options, term_months, price, makes, models, price_min, "
            + "price_max, agent_contract, active, updated_at";

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private AuditService audit;

    @Reference
    private Clock clock;

    @Reference
    private CreditProgrammes programmes;

    @Override
    public FinanceProduct create(Actor actor, FinanceProductDraft draft) {
        check(draft);
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                FinanceProduct p = FinanceProduct.of(UUID.randomUUID(), draft, now());
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO kso_product (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, p.id().toString());
                    bind(ps, 2, p);
                    ps.executeUpdate();
                }
                writeChildren(c, p);
                audit.record(actor, p.ref(), "created", null, snapshot(p));
                return p;
            } catch (SQLException e) {
                throw KsoSchema.failure("store a finance product", e);
            }
        });
    }

    @Override
    public FinanceProduct update(Actor actor, UUID id, FinanceProductDraft draft) {
        check(draft);
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                FinanceProduct before = find(c, id).orElseThrow(() -> new NotFoundException(FinanceProduct.TYPE, id));
                FinanceProduct p = FinanceProduct.of(id, draft, now());
                try (PreparedStatement ps = c.prepareStatement("UPDATE kso_product SET name = ?, kind = ?, options = ?, "
                        + "term_months = ?, price = ?, makes = ?, models = ?, price_min = ?, price_max = ?, agent_contract = ?, "
                        + "active = ?, updated_at = ? WHERE id = ?")) {
                    ps.setString(bind(ps, 1, p), id.toString());
                    ps.executeUpdate();
                }
                for (String table : List.of("kso_product_reward", "kso_product_mandatory")) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE product_id = ?")) {
                        ps.setString(1, id.toString());
                        ps.executeUpdate();
                    }
                }
                writeChildren(c, p);
                audit.record(actor, p.ref(), "updated", snapshot(before), snapshot(p));
                return p;
            } catch (SQLException e) {
                throw KsoSchema.failure("change a finance product", e);
            }
        });
    }

    @Override
    public FinanceProduct get(UUID id) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, id).orElseThrow(() -> new NotFoundException(FinanceProduct.TYPE, id));
        } catch (SQLException e) {
            throw KsoSchema.failure("read a finance product", e);
        }
    }

    @Override
    public List<FinanceProduct> list() {
        try (Connection c = dataSource.getConnection()) {
            List<FinanceProduct> out = select(c, "", null);
            out.sort(Comparator.comparing(FinanceProduct::name).thenComparing(p -> p.id().toString()));
            return out;
        } catch (SQLException e) {
            throw KsoSchema.failure("list finance products", e);
        }
    }

    private void check(FinanceProductDraft d) {
        Validation v = new Validation();
        v.required(d.name(), "name").maxLength(d.name(), 200, "name");
        v.required(d.kind(), "kind");
        v.maxLength(d.kind(), 40, "kind");
        lines(v, d.options(), "options");
        lines(v, d.makes(), "makes");
        lines(v, d.models(), "models");
        v.require(d.termMonths() >= 0 && d.termMonths() <= 120, "termMonths", "must be a whole number from 0 to 120");
        ProgrammeRules.amount(v, d.price(), "price");
        for (int i = 0; i < d.rewards().size(); i++) {
            FinanceProductDraft.Reward r = d.rewards().get(i);
            String at = "rewards[" + i + "]";
            v.require(r != null, at, "is required");
            if (r != null) {
                v.required(r.counterparty(), at + ".counterparty").maxLength(r.counterparty(), 200, at + ".counterparty");
                v.required(r.amount(), at + ".amount");
                v.require(r.amount() == null || r.amount().signum() >= 0 && r.amount().compareTo(ProgrammeRules.MAX_AMOUNT) < 0,
                        at + ".amount", "must be from 0 up");
                v.require(r.amount() == null || r.amount().stripTrailingZeros().scale() <= 2, at + ".amount",
                        "must have at most 2 decimal places");
            }
        }
        v.require(d.rewards().size() <= 20, "rewards", "must be at most 20");
        v.require(d.mandatoryFor().size() <= 500, "mandatoryFor", "must be at most 500");
        v.require(Set.copyOf(d.mandatoryFor()).size() == d.mandatoryFor().size(), "mandatoryFor", "names a programme twice");
        for (int i = 0; i < d.mandatoryFor().size(); i++) {
            UUID programme = d.mandatoryFor().get(i);
            String at = "mandatoryFor[" + i + "]";
            v.check(() -> {
                try {
                    programmes.get(programme);
                } catch (NotFoundException e) {
                    throw io.pitstop.core.api.ValidationException.field(at, "no credit programme with id " + programme);
                }
            });
        }
        for (String bound : List.of("priceMin", "priceMax")) {
            BigDecimal b = bound.equals("priceMin") ? d.priceMin() : d.priceMax();
            if (b != null) {
                ProgrammeRules.amount(v, b, bound);
            }
        }
        v.require(d.priceMin() == null || d.priceMax() == null || d.priceMin().compareTo(d.priceMax()) <= 0, "priceMax",
                "must not be below priceMin");
        v.maxLength(d.agentContract(), 200, "agentContract");
        v.throwIfInvalid();
    }

    private static void lines(Validation v, List<String> values, String field) {
        v.require(values.size() <= 50, field, "must be at most 50");
        for (int i = 0; i < values.size(); i++) {
            String s = values.get(i);
            v.required(s, field + "[" + i + "]").maxLength(s, 200, field + "[" + i + "]");
        }
    }

    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static int bind(PreparedStatement ps, int at, FinanceProduct p) throws SQLException {
        ps.setString(at++, p.name());
        ps.setString(at++, p.kind());
        ps.setString(at++, join(p.options()));
        ps.setInt(at++, p.termMonths());
        ps.setBigDecimal(at++, p.price());
        ps.setString(at++, join(p.makes()));
        ps.setString(at++, join(p.models()));
        ps.setBigDecimal(at++, p.priceMin());
        ps.setBigDecimal(at++, p.priceMax());
        ps.setString(at++, p.agentContract());
        ps.setBoolean(at++, p.active());
        ps.setTimestamp(at++, Timestamp.from(p.updatedAt()));
        return at;
    }

    private static void writeChildren(Connection c, FinanceProduct p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO kso_product_reward (product_id, line_order, counterparty, amount) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < p.rewards().size(); i++) {
                ps.setString(1, p.id().toString());
                ps.setInt(2, i);
                ps.setString(3, p.rewards().get(i).counterparty());
                ps.setBigDecimal(4, p.rewards().get(i).amount());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO kso_product_mandatory (product_id, programme_id) VALUES (?, ?)")) {
            for (UUID programme : p.mandatoryFor()) {
                ps.setString(1, p.id().toString());
                ps.setString(2, programme.toString());
                ps.executeUpdate();
            }
        }
    }

    /** Lists of one-line texts, one per line (the input rules keep line breaks out of them). */
    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
    }

    private static Optional<FinanceProduct> find(Connection c, UUID id) throws SQLException {
        List<FinanceProduct> found = select(c, " WHERE id = ?", id.toString());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<FinanceProduct> select(Connection c, String where, String arg) throws SQLException {
        Map<String, List<FinanceProductDraft.Reward>> rewards = new HashMap<>();
        Map<String, List<UUID>> mandatory = new HashMap<>();
        String childWhere = arg == null ? "" : " WHERE product_id = ?";
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id, counterparty, amount FROM kso_product_reward"
                + childWhere + " ORDER BY product_id, line_order")) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rewards.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new FinanceProductDraft.Reward(rs.getString(2), rs.getBigDecimal(3).setScale(2)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id, programme_id FROM kso_product_mandatory"
                + childWhere + " ORDER BY product_id, programme_id")) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mandatory.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(UUID.fromString(rs.getString(2)));
                }
            }
        }
        List<FinanceProduct> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM kso_product" + where)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("id");
                    BigDecimal min = rs.getBigDecimal("price_min");
                    BigDecimal max = rs.getBigDecimal("price_max");
                    out.add(new FinanceProduct(UUID.fromString(id), rs.getString("name"), rs.getString("kind"),
                            split(rs.getString("options")), rs.getInt("term_months"), rs.getBigDecimal("price").setScale(2),
                            rewards.getOrDefault(id, List.of()), mandatory.getOrDefault(id, List.of()),
                            split(rs.getString("makes")), split(rs.getString("models")),
                            min == null ? null : min.setScale(2), max == null ? null : max.setScale(2),
                            rs.getString("agent_contract"), rs.getBoolean("active"), rs.getTimestamp("updated_at").toInstant()));
                }
            }
        }
        return out;
    }

    static Map<String, Object> snapshot(FinanceProduct p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("kind", p.kind());
        m.put("options", p.options());
        m.put("termMonths", p.termMonths());
        m.put("price", p.price().toPlainString());
        m.put("rewards", p.rewards().stream().map(r -> r.counterparty() + ": " + r.amount().toPlainString())
                .collect(Collectors.toList()));
        m.put("mandatoryFor", p.mandatoryFor().stream().map(UUID::toString).collect(Collectors.toList()));
        m.put("makes", p.makes());
        m.put("models", p.models());
        m.put("priceMin", p.priceMin() == null ? null : p.priceMin().toPlainString());
        m.put("priceMax", p.priceMax() == null ? null : p.priceMax().toPlainString());
        m.put("agentContract", p.agentContract());
        m.put("active", p.active());
        return m;
    }
}
