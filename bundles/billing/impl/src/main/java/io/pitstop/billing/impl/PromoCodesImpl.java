package io.pitstop.billing.impl;

import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.billing.api.Catalogue;
import io.pitstop.billing.api.PromoCode;
import io.pitstop.billing.api.PromoCodeDraft;
import io.pitstop.billing.api.PromoCodes;
import io.pitstop.billing.api.Subscription;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.BusinessRuleException;
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
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Promo codes on plain JDBC. Applying a code locks its row first, so two managers applying the last use of a limited
 * code at once are served one after the other and the second is refused; the use row is what the charge reads.
 */
@Component(service = {PromoCodes.class, PromoCodesImpl.class})
public class PromoCodesImpl implements PromoCodes {
    private static final String COLUMNS = "id, code, kind, amount, products, recurring, valid_from, valid_to, max_uses, "
            + "once_per_client, created_at";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** A code applied to a subscription, discounting its charges from {@code firstPeriod} on. */
    record Applied(PromoRule rule, YearMonth firstPeriod) {
        /**
         * The discount on the subscription's charge of {@code amount} for {@code period}: nothing before the month
         * the code was applied in; the first charge is the first month from then on in which the cycle starts.
         */
        BigDecimal off(Subscription s, BigDecimal amount, YearMonth period) {
            if (period.isBefore(firstPeriod)) {
                return BigDecimal.ZERO.setScale(2);
            }
            boolean first = true;
            for (YearMonth m = firstPeriod; m.isBefore(period) && first; m = m.plusMonths(1)) {
                first = !s.chargedIn(m.atDay(1));
            }
            return rule.off(s.product(), amount, first);
        }
    }

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private AuditService audit;

    @Reference
    private Clock clock;

    @Reference
    private Catalogue catalogue;

    @Reference
    private AccountService accounts;

    @Reference
    private SubscriptionsImpl subscriptions;

    @Reference
    private BillingSchema schema;

    @Override
    public PromoCode create(Actor actor, PromoCodeDraft d) {
        Validation v = new Validation().required(d.code(), "code").required(d.kind(), "kind").required(d.value(), "value")
                .maxLength(d.code(), 64, "code");
        v.require(d.code() == null || d.code().matches("[A-Za-z0-9._-]*"), "code",
                "may hold only Latin letters, digits, '.', '_' and '-'");
        if (d.value() != null) {
            v.check(() -> Money.of(d.value(), Money.RUB, "value"));
            v.require(d.value().signum() > 0, "value", "must be more than 0");
            v.require(d.kind() != PromoCode.Kind.PERCENT || d.value().compareTo(HUNDRED) <= 0, "value",
                    "must be a percentage from 0 to 100 with at most 2 decimals");
        }
        LocalDate from = d.validFrom() == null ? clock.today() : d.validFrom();
        v.require(d.validTo() == null || !d.validTo().isBefore(from), "validTo", "must not be before validFrom");
        v.require(d.maxUses() == null || d.maxUses() >= 1, "maxUses", "must be at least 1");
        List<String> products = d.products() == null ? List.of() : List.copyOf(new LinkedHashSet<>(d.products()));
        for (int i = 0; i < products.size(); i++) {
            String product = products.get(i);
            String field = "products[" + i + "]";
            v.require(product != null && !product.isBlank(), field, "is required");
            if (product != null && !product.isBlank()) {
                v.require(product.length() <= 64 && exists(product), field, "is not a product of the catalogue");
            }
        }
        v.require(String.join(",", products).length() <= 1000, "products", "names too many products");
        v.throwIfInvalid();
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (find(c, d.code()).isPresent()) {
                    throw new ConflictException("Promo code " + d.code() + " already exists");
                }
                UUID id = UUID.randomUUID();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO billing_promo_code (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, id.toString());
                    ps.setString(2, d.code());
                    ps.setString(3, d.kind().name());
                    ps.setBigDecimal(4, d.value().setScale(2));
                    ps.setString(5, products.isEmpty() ? null : String.join(",", products));
                    ps.setBoolean(6, d.recurring());
                    ps.setDate(7, Date.valueOf(from));
                    ps.setDate(8, d.validTo() == null ? null : Date.valueOf(d.validTo()));
                    if (d.maxUses() == null) {
                        ps.setNull(9, java.sql.Types.INTEGER);
                    } else {
                        ps.setInt(9, d.maxUses());
                    }
                    ps.setBoolean(10, d.oncePerClient());
                    ps.setTimestamp(11, Timestamp.from(clock.now().truncatedTo(ChronoUnit.MILLIS)));
                    ps.executeUpdate();
                }
                PromoCode p = find(c, d.code()).orElseThrow();
                audit.record(actor, p.ref(), "created", null, snapshot(p));
                return p;
            } catch (SQLException e) {
                throw BillingSchema.failure("store a promo code", e);
            }
        });
    }

    @Override
    public List<PromoCode> list() {
        try (Connection c = dataSource.getConnection()) {
            return BillingSchema.byCodes(c, "SELECT code FROM billing_promo_code ORDER BY code", PromoCodesImpl::find);
        } catch (SQLException e) {
            throw BillingSchema.failure("read promo codes", e);
        }
    }

    @Override
    public PromoCode apply(Actor actor, UUID subscriptionId, String code) {
        new Validation().required(code, "code").maxLength(code, 64, "code").throwIfInvalid();
        Subscription s = subscriptions.get(subscriptionId);
        Account account = accounts.get(new AccountId(s.accountId()));
        LocalDate today = clock.today(ZoneId.of(account.timeZone()));
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                PromoCode p = find(c, code).orElseThrow(() -> ValidationException.field("code", "is not a known promo code"));
                lock(c, p.id());
                PromoRule rule = rule(p);
                if (!rule.covers(s.product())) {
                    throw ValidationException.field("code", "does not apply to product " + s.product());
                }
                if (codeOf(c, s.id()).isPresent()) {
                    throw new ConflictException("Subscription " + s.id() + " has a promo code already");
                }
                try {
                    rule.checkApplicable(today, uses(c, p.code(), null), uses(c, p.code(), s.accountId()) > 0);
                } catch (BusinessRuleException e) {
                    throw ValidationException.field("code", e.getMessage());
                }
                YearMonth first = YearMonth.from(today).isBefore(YearMonth.from(s.start())) ? YearMonth.from(s.start()) : YearMonth.from(today);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO billing_promo_use (subscription_id, code, account_id, "
                        + "first_period, used_at) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, s.id().toString());
                    ps.setString(2, p.code());
                    ps.setString(3, s.accountId().toString());
                    ps.setString(4, first.toString());
                    ps.setTimestamp(5, Timestamp.from(clock.now().truncatedTo(ChronoUnit.MILLIS)));
                    ps.executeUpdate();
                }
                audit.record(actor, s.ref(), "promo-code", null, Map.of("promoCode", p.code(), "from", first.toString()));
                PromoCode after = find(c, p.code()).orElseThrow();
                audit.record(actor, p.ref(), "applied", Map.of("uses", p.uses()),
                        Map.of("uses", after.uses(), "subscriptionId", s.id().toString()));
                return after;
            } catch (SQLException e) {
                throw BillingSchema.failure("apply a promo code", e);
            }
        });
    }

    /** The codes applied to an account's subscriptions, by subscription: one query for a whole charge. */
    Map<UUID, Applied> appliedTo(UUID accountId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT u.subscription_id, u.first_period, p.code FROM billing_promo_use u "
                     + "JOIN billing_promo_code p ON p.code = u.code WHERE u.account_id = ?")) {
            ps.setString(1, accountId.toString());
            Map<UUID, String> codes = new HashMap<>();
            Map<UUID, YearMonth> firsts = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID sid = UUID.fromString(rs.getString(1).trim());
                    firsts.put(sid, YearMonth.parse(rs.getString(2)));
                    codes.put(sid, rs.getString(3));
                }
            }
            Map<UUID, Applied> out = new HashMap<>();
            for (Map.Entry<UUID, String> e : codes.entrySet()) {
                out.put(e.getKey(), new Applied(rule(find(c, e.getValue()).orElseThrow()), firsts.get(e.getKey())));
            }
            return out;
        } catch (SQLException e) {
            throw BillingSchema.failure("read applied promo codes", e);
        }
    }

    static PromoRule rule(PromoCode p) {
        return new PromoRule(p.code(), PromoRule.Kind.valueOf(p.kind().name()), p.value(), new LinkedHashSet<>(p.products()),
                p.recurring(), p.validFrom(), p.validTo(), p.maxUses(), p.oncePerClient());
    }

    private boolean exists(String product) {
        try {
            catalogue.get(product);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Serialises the applications of one code (an update of its row holds the row lock to the transaction's end). */
    private static void lock(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE billing_promo_code SET code = code WHERE id = ?")) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
    }

    private static Optional<String> codeOf(Connection c, UUID subscriptionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM billing_promo_use WHERE subscription_id = ?")) {
            ps.setString(1, subscriptionId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Uses of a code, by everyone ({@code accountId} null) or by one client. */
    private static int uses(Connection c, String code, UUID accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM billing_promo_use WHERE code = ?"
                + (accountId == null ? "" : " AND account_id = ?"))) {
            ps.setString(1, code);
            if (accountId != null) {
                ps.setString(2, accountId.toString());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Optional<PromoCode> find(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM billing_promo_code WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String products = rs.getString(5);
                int max = rs.getInt(9);
                Integer maxUses = rs.wasNull() ? null : max;
                Date to = rs.getDate(8);
                return Optional.of(new PromoCode(UUID.fromString(rs.getString(1).trim()), rs.getString(2),
                        PromoCode.Kind.valueOf(rs.getString(3)), rs.getBigDecimal(4).setScale(2),
                        products == null ? List.of() : Arrays.asList(products.split(",")), rs.getBoolean(6),
                        rs.getDate(7).toLocalDate(), to == null ? null : to.toLocalDate(), maxUses, rs.getBoolean(10),
                        uses(c, code, null), rs.getTimestamp(11).toInstant()));
            }
        }
    }

    private static Map<String, Object> snapshot(PromoCode p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("kind", p.kind().name());
        m.put("value", p.value());
        m.put("products", String.join(",", p.products()));
        m.put("recurring", p.recurring());
        m.put("validFrom", p.validFrom().toString());
        m.put("validTo", p.validTo() == null ? "" : p.validTo().toString());
        m.put("maxUses", p.maxUses() == null ? "" : p.maxUses());
        m.put("oncePerClient", p.oncePerClient());
        return m;
    }
}
