package io.pitstop.billing.impl;

import io.pitstop.billing.api.BillingCycle;
import io.pitstop.billing.api.Catalogue;
import io.pitstop.billing.api.Product;
import io.pitstop.billing.api.ProductDraft;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.Money;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.time.Clock;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The catalogue on plain JDBC: a product row and its price rows per version and cycle, written with the audit record. */
@Component(service = Catalogue.class)
public class CatalogueImpl implements Catalogue {
    private static final BigDecimal MAX_VAT = new BigDecimal("100");

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private AuditService audit;

    @Reference
    private Clock clock;

    @Reference
    private BillingSchema schema;

    @Override
    public Product create(Actor actor, ProductDraft draft) {
        Validation v = new Validation().required(draft.code(), "code").required(draft.name(), "name")
                .maxLength(draft.code(), 64, "code").maxLength(draft.name(), 200, "name");
        v.require(draft.code() == null || draft.code().matches("[A-Za-z0-9._-]*"), "code",
                "may hold only Latin letters, digits, '.', '_' and '-'");
        BigDecimal vat = draft.vatRatePercent() == null ? BigDecimal.ZERO : draft.vatRatePercent();
        v.require(vat.signum() >= 0 && vat.compareTo(MAX_VAT) <= 0 && vat.stripTrailingZeros().scale() <= 2, "vatRatePercent",
                "must be a percentage from 0 to 100 with at most 2 decimals");
        checkPrices(v, draft.prices());
        v.throwIfInvalid();
        LocalDate from = draft.effectiveFrom() == null ? clock.today() : draft.effectiveFrom();
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (find(c, draft.code()).isPresent()) {
                    throw new ConflictException("A product with code " + draft.code() + " is already in the catalogue");
                }
                UUID id = UUID.randomUUID();
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO billing_product (id, code, name, vat_rate, created_at) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, id.toString());
                    ps.setString(2, draft.code());
                    ps.setString(3, draft.name());
                    ps.setBigDecimal(4, vat.setScale(2));
                    ps.setTimestamp(5, Timestamp.from(clock.now().truncatedTo(ChronoUnit.MILLIS)));
                    ps.executeUpdate();
                }
                insertPrices(c, id, from, draft.prices());
                Product p = find(c, draft.code()).orElseThrow();
                audit.record(actor, p.ref(), "created", null, snapshot(p));
                return p;
            } catch (SQLException e) {
                throw BillingSchema.failure("store a product", e);
            }
        });
    }

    @Override
    public Product addPrices(Actor actor, String code, Map<BillingCycle, BigDecimal> prices, LocalDate effectiveFrom) {
        Validation v = new Validation().required(effectiveFrom, "effectiveFrom");
        checkPrices(v, prices);
        v.throwIfInvalid();
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                Product before = find(c, code).orElseThrow(() -> new NotFoundException(Product.TYPE, code));
                if (before.versions().stream().anyMatch(x -> x.effectiveFrom().equals(effectiveFrom))) {
                    throw new ConflictException("Product " + code + " already has prices from " + effectiveFrom);
                }
                insertPrices(c, before.id(), effectiveFrom, prices);
                Product p = find(c, code).orElseThrow();
                audit.record(actor, p.ref(), "prices", snapshot(before), snapshot(p));
                return p;
            } catch (SQLException e) {
                throw BillingSchema.failure("store prices", e);
            }
        });
    }

    @Override
    public Product get(String code) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, code).orElseThrow(() -> new NotFoundException(Product.TYPE, code));
        } catch (SQLException e) {
            throw BillingSchema.failure("read a product", e);
        }
    }

    @Override
    public List<Product> list() {
        try (Connection c = dataSource.getConnection()) {
            return BillingSchema.byCodes(c, "SELECT code FROM billing_product ORDER BY code", this::find);
        } catch (SQLException e) {
            throw BillingSchema.failure("read the catalogue", e);
        }
    }

    private static void checkPrices(Validation v, Map<BillingCycle, BigDecimal> prices) {
        if (prices == null || prices.isEmpty()) {
            v.require(false, "prices", "must name at least one cycle with its price");
            return;
        }
        prices.forEach((cycle, price) -> {
            String field = "prices." + cycle.name();
            if (price == null) {
                v.require(false, field, "is required");
                return;
            }
            v.check(() -> Money.of(price, Money.RUB, field));
            v.require(price.signum() >= 0, field, "must not be negative");
            v.require(cycle != BillingCycle.FREE || price.signum() == 0, field, "must be 0 for a free product");
        });
    }

    private void insertPrices(Connection c, UUID product, LocalDate from, Map<BillingCycle, BigDecimal> prices) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO billing_price (product_id, effective_from, cycle, price) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<BillingCycle, BigDecimal> e : prices.entrySet()) {
                ps.setString(1, product.toString());
                ps.setDate(2, Date.valueOf(from));
                ps.setString(3, e.getKey().name());
                ps.setBigDecimal(4, e.getValue().setScale(2));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    Optional<Product> find(Connection c, String code) throws SQLException {
        UUID id;
        String name;
        BigDecimal vat;
        Timestamp created;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, vat_rate, created_at FROM billing_product WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = UUID.fromString(rs.getString(1).trim());
                name = rs.getString(2);
                vat = rs.getBigDecimal(3).setScale(2);
                created = rs.getTimestamp(4);
            }
        }
        TreeMap<LocalDate, Map<BillingCycle, BigDecimal>> versions = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT effective_from, cycle, price FROM billing_price WHERE product_id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new EnumMap<>(BillingCycle.class))
                            .put(BillingCycle.valueOf(rs.getString(2)), rs.getBigDecimal(3).setScale(2));
                }
            }
        }
        List<Product.PriceVersion> list = new ArrayList<>();
        versions.forEach((d, p) -> list.add(new Product.PriceVersion(d, p)));
        Product draft = new Product(id, code, name, vat, Map.of(), list, created.toInstant());
        return Optional.of(new Product(id, code, name, vat, draft.pricesOn(clock.today()), list, created.toInstant()));
    }

    private static Map<String, Object> snapshot(Product p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("name", p.name());
        m.put("vatRatePercent", p.vatRatePercent());
        Map<String, Object> versions = new LinkedHashMap<>();
        p.versions().forEach(v -> versions.put(v.effectiveFrom().toString(), new TreeMap<>(v.prices())));
        m.put("prices", versions);
        return m;
    }

    /** Unknown cycle names in a price map are refused by the REST layer already; this names a missing one for a rule. */
    static ValidationException noPrice(String product, BillingCycle cycle) {
        return ValidationException.field("cycle", "product " + product + " has no price for " + cycle);
    }
}
