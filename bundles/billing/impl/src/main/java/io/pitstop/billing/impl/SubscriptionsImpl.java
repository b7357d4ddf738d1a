package io.pitstop.billing.impl;

import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.billing.api.BillingCycle;
import io.pitstop.billing.api.BillingEvents;
import io.pitstop.billing.api.Catalogue;
import io.pitstop.billing.api.ChangePreview;
import io.pitstop.billing.api.Product;
import io.pitstop.billing.api.Subscription;
import io.pitstop.billing.api.SubscriptionDraft;
import io.pitstop.billing.api.SubscriptionStatus;
import io.pitstop.billing.api.Subscriptions;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.PageRequest;
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
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Subscriptions on plain JDBC; each change is written with its audit record and event in one transaction. */
@Component(service = {Subscriptions.class, SubscriptionsImpl.class})
public class SubscriptionsImpl implements Subscriptions {
    static final String COLUMNS = "id, account_id, product_code, quantity, cycle, start_date, tariff, status, created_at, updated_at";
    private static final int MAX_QUANTITY = 1_000_000;

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private AuditService audit;

    @Reference
    private DomainEvents events;

    @Reference
    private Clock clock;

    @Reference
    private Catalogue catalogue;

    @Reference
    private AccountService accounts;

    @Override
    public Subscription create(Actor actor, SubscriptionDraft d) {
        Validation v = new Validation().required(d.accountId(), "accountId").required(d.product(), "product")
                .required(d.quantity(), "quantity").required(d.cycle(), "cycle").required(d.start(), "start")
                .maxLength(d.product(), 64, "product");
        v.require(d.quantity() == null || d.quantity() >= 1 && d.quantity() <= MAX_QUANTITY, "quantity",
                "must be a whole number from 1 to " + MAX_QUANTITY);
        if (d.tariff() != null) {
            v.maxLength(d.tariff(), 500, "tariff");
            v.check(() -> TariffParser.parse(d.tariff(), "tariff", false));
            v.require(d.cycle() == null || d.cycle() == BillingCycle.MONTH, "cycle", "must be MONTH for a tariff string (its prices are a month's)");
        }
        v.throwIfInvalid();
        Product product = catalogue.get(d.product());
        if (d.tariff() == null && d.cycle() != BillingCycle.FREE && !product.pricesFor(d.start()).containsKey(d.cycle())
                && !product.pricesFor(clock.today()).containsKey(d.cycle())) {
            throw ValidationException.field("cycle", "product " + d.product() + " has no price for " + d.cycle());
        }
        Account account = accounts.get(new AccountId(d.accountId()));
        if (account.status() == AccountStatus.CLOSED) {
            throw new BusinessRuleException("account-closed", "Account " + account.number() + " is closed and takes no subscriptions");
        }
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                UUID id = UUID.randomUUID();
                Timestamp now = Timestamp.from(clock.now().truncatedTo(ChronoUnit.MILLIS));
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO billing_subscription (" + COLUMNS
                        + ", suspended_by_billing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, id.toString());
                    ps.setString(2, d.accountId().toString());
                    ps.setString(3, d.product());
                    ps.setInt(4, d.quantity());
                    ps.setString(5, d.cycle().name());
                    ps.setDate(6, Date.valueOf(d.start()));
                    ps.setString(7, d.tariff());
                    ps.setString(8, SubscriptionStatus.ACTIVE.name());
                    ps.setTimestamp(9, now);
                    ps.setTimestamp(10, now);
                    ps.setBoolean(11, false);
                    ps.executeUpdate();
                }
                Subscription s = find(c, id).orElseThrow();
                audit.record(actor, s.ref(), "created", null, snapshot(s));
                publish(s);
                return s;
            } catch (SQLException e) {
                throw BillingSchema.failure("store a subscription", e);
            }
        });
    }

    @Override
    public Subscription get(UUID id) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, id).orElseThrow(() -> new NotFoundException(Subscription.TYPE, id));
        } catch (SQLException e) {
            throw BillingSchema.failure("read a subscription", e);
        }
    }

    @Override
    public List<Subscription> ofAccount(UUID accountId) {
        try (Connection c = dataSource.getConnection()) {
            return ofAccount(c, accountId);
        } catch (SQLException e) {
            throw BillingSchema.failure("read subscriptions", e);
        }
    }

    List<Subscription> ofAccount(Connection c, UUID accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM billing_subscription WHERE account_id = ? ORDER BY created_at DESC, id")) {
            ps.setString(1, accountId.toString());
            return read(ps);
        }
    }

    @Override
    public Subscription setStatus(Actor actor, UUID id, SubscriptionStatus status, String reason) {
        new Validation().required(status, "status").required(reason, "reason").maxLength(reason, 500, "reason").throwIfInvalid();
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                Subscription before = find(c, id).orElseThrow(() -> new NotFoundException(Subscription.TYPE, id));
                if (before.status() == status) {
                    return before;
                }
                if (before.status() == SubscriptionStatus.CANCELLED) {
                    throw new ConflictException("The subscription is cancelled; cancelling is final");
                }
                Subscription s = move(c, actor, before, status, false, reason);
                return s;
            } catch (SQLException e) {
                throw BillingSchema.failure("change a subscription", e);
            }
        });
    }

    /** Moves one subscription in the caller's transaction, audited and published; {@code byBilling} marks a suspension for short funds. */
    Subscription move(Connection c, Actor actor, Subscription before, SubscriptionStatus status, boolean byBilling, String reason)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE billing_subscription SET status = ?, suspended_by_billing = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, status.name());
            ps.setBoolean(2, byBilling);
            ps.setTimestamp(3, Timestamp.from(clock.now().truncatedTo(ChronoUnit.MILLIS)));
            ps.setString(4, before.id().toString());
            ps.executeUpdate();
        }
        Subscription s = find(c, before.id()).orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>(snapshot(s));
        after.put("reason", reason);
        audit.record(actor, s.ref(), "status:" + status.name().toLowerCase(java.util.Locale.ROOT), snapshot(before), after);
        publish(s);
        return s;
    }

    /** The account's subscriptions that billing suspended, to resume them together. */
    List<Subscription> suspendedByBilling(Connection c, UUID accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM billing_subscription WHERE account_id = ? AND status = 'SUSPENDED' AND suspended_by_billing = ?")) {
            ps.setString(1, accountId.toString());
            ps.setBoolean(2, true);
            return read(ps);
        }
    }

    @Override
    public List<AuditEntry> history(UUID id) {
        Subscription s = get(id);
        return audit.history(s.ref(), new PageRequest(0, 200, List.of())).items();
    }

    @Override
    public ChangePreview previewChange(UUID id, int quantity, LocalDate effective) {
        Validation v = new Validation().required(effective, "effective");
        v.require(quantity >= 1 && quantity <= MAX_QUANTITY, "quantity", "must be a whole number from 1 to " + MAX_QUANTITY);
        v.throwIfInvalid();
        Subscription s = get(id);
        if (s.status() == SubscriptionStatus.CANCELLED) {
            throw new ConflictException("The subscription is cancelled");
        }
        if (s.tariff() != null) {
            throw new BusinessRuleException("tariff-priced", "A subscription priced by a tariff string changes by its tariff, not its quantity");
        }
        Account account = accounts.get(new AccountId(s.accountId()));
        LocalDate today = clock.today(ZoneId.of(account.timeZone()));
        LocalDate[] current = Proration.cycleOf(s.start(), s.cycle(), today.isBefore(s.start()) ? s.start() : today);
        if (effective.isBefore(current[0]) || effective.isAfter(current[1])) {
            throw ValidationException.field("effective", "must be within the current cycle, " + current[0] + " to " + current[1]);
        }
        BigDecimal unit = catalogue.get(s.product()).pricesFor(current[0]).get(s.cycle());
        if (unit == null) {
            throw CatalogueImpl.noPrice(s.product(), s.cycle());
        }
        int cycleDays = (int) ChronoUnit.DAYS.between(current[0], current[1]) + 1;
        int daysLeft = (int) ChronoUnit.DAYS.between(effective, current[1]) + 1;
        BigDecimal delta = unit.multiply(BigDecimal.valueOf((long) quantity - s.quantity()));
        return new ChangePreview(s.id(), s.quantity(), quantity, effective, current[0], current[1], daysLeft, cycleDays,
                Proration.byDays(delta, daysLeft, cycleDays), unit.multiply(BigDecimal.valueOf(quantity)).setScale(2));
    }

    Optional<Subscription> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM billing_subscription WHERE id = ?")) {
            ps.setString(1, id.toString());
            return read(ps).stream().findFirst();
        }
    }

    private static List<Subscription> read(PreparedStatement ps) throws SQLException {
        List<Subscription> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Subscription(UUID.fromString(rs.getString(1).trim()), UUID.fromString(rs.getString(2).trim()),
                        rs.getString(3), rs.getInt(4), BillingCycle.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate(),
                        rs.getString(7), SubscriptionStatus.valueOf(rs.getString(8)), rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10).toInstant()));
            }
        }
        return out;
    }

    private void publish(Subscription s) {
        events.publish(DomainEvent.of(BillingEvents.SUBSCRIPTION_CHANGED, s.ref(),
                Map.of("accountId", s.accountId().toString(), "status", s.status().name(), "product", s.product())));
    }

    private static Map<String, Object> snapshot(Subscription s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accountId", s.accountId().toString());
        m.put("product", s.product());
        m.put("quantity", s.quantity());
        m.put("cycle", s.cycle().name());
        m.put("start", s.start().toString());
        if (s.tariff() != null) {
            m.put("tariff", s.tariff());
        }
        m.put("status", s.status().name());
        return m;
    }
}
