package io.pitstop.billing.impl;

import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.billing.api.AccountSummary;
import io.pitstop.billing.api.Billing;
import io.pitstop.billing.api.BillingCycle;
import io.pitstop.billing.api.BillingEvents;
import io.pitstop.billing.api.Catalogue;
import io.pitstop.billing.api.ChargeOutcome;
import io.pitstop.billing.api.ChargeOutcome.Result;
import io.pitstop.billing.api.Shortfalls;
import io.pitstop.billing.api.Subscription;
import io.pitstop.billing.api.SubscriptionStatus;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.time.Clock;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.Hold;
import io.pitstop.ledger.api.HoldId;
import io.pitstop.ledger.api.HoldRequest;
import io.pitstop.ledger.api.HoldStatus;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.PostingRequest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The monthly charge of seed 000 on the core ledger. Every ledger write carries a key made of the account and the
 * period ({@code billing:charge:<account>:<yyyy-MM>}, {@code billing:hold:…}, {@code billing:void:…}), so a rerun,
 * a second node or a crash between steps can never charge twice; the {@code billing_charge} row says what the
 * charge came to, and its move from SUSPENDED to CHARGED happens once, which is what makes a resume happen once.
 * <p>
 * Order on the charging date: the hold made for this month is voided and the month is posted in one transaction
 * (if the posting is refused the void is undone with it); then the next month's amount, as far as the funds go, is
 * held. Funds short for the charge suspend the account (core status, event) and the subscriptions billing runs.
 */
@Component(service = {Billing.class, BillingImpl.class})
public class BillingImpl implements Billing {
    static final String CHARGE_TYPE = "billing-charge";

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

    @Reference
    private Ledger ledger;

    @Reference
    private SubscriptionsImpl subscriptions;

    @Reference
    private PromoCodesImpl promoCodes;

    @Override
    public AccountSummary summary(UUID accountId) {
        Account account = accounts.get(new AccountId(accountId));
        LocalDate today = clock.today(ZoneId.of(account.timeZone()));
        YearMonth next = YearMonth.from(SummaryRule.nextChargeDate(today));
        BigDecimal monthly = chargeFor(accountId, next);
        BookBalance book = ledger.balance(accountId);
        BigDecimal funds = book.available().add(pendingHold(accountId, next));
        return SummaryRule.summary(accountId, account.currency(), book.balance(), funds, monthly, today);
    }

    @Override
    public BigDecimal chargeFor(UUID accountId, YearMonth period) {
        LocalDate first = period.atDay(1);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        Map<UUID, PromoCodesImpl.Applied> promos = null;
        for (Subscription s : subscriptions.ofAccount(accountId)) {
            if (s.chargedIn(first)) {
                BigDecimal amount = amount(s, first);
                if (promos == null) {
                    promos = promoCodes.appliedTo(accountId);
                }
                PromoCodesImpl.Applied promo = promos.get(s.id());
                total = total.add(promo == null ? amount : amount.subtract(promo.off(s, amount, period)));
            }
        }
        return total;
    }

    /** One subscription's charge for the cycle starting in the month of {@code first}, at the prices in force that day. */
    private BigDecimal amount(Subscription s, LocalDate first) {
        if (s.tariff() != null) {
            return TariffParser.evaluate(s.tariff(), null, null).total();
        }
        if (s.cycle() == BillingCycle.FREE) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal unit = catalogue.get(s.product()).pricesFor(first).get(s.cycle());
        if (unit == null) {
            throw new BusinessRuleException("no-price", "Product " + s.product() + " has no " + s.cycle() + " price on " + first);
        }
        return unit.multiply(BigDecimal.valueOf(s.quantity())).setScale(2);
    }

    @Override
    public ChargeOutcome charge(Actor actor, UUID accountId, YearMonth period, boolean preview) {
        Account account = accounts.get(new AccountId(accountId));
        if (account.status() == AccountStatus.CLOSED) {
            return skipped(accountId, period, "account closed");
        }
        String state = chargeState(accountId, period);
        if ("CHARGED".equals(state)) {
            return skipped(accountId, period, "already charged");
        }
        BigDecimal amount = chargeFor(accountId, period);
        if (amount.signum() == 0) {
            return skipped(accountId, period, "nothing to charge");
        }
        BigDecimal funds = ledger.balance(accountId).available().add(pendingHold(accountId, period));
        if (funds.compareTo(amount) < 0) {
            BigDecimal shortfall = amount.subtract(funds.max(BigDecimal.ZERO));
            if (!preview && !"SUSPENDED".equals(state)) {
                suspend(actor, account, period, amount, shortfall);
            }
            return new ChargeOutcome(accountId, period, Result.SUSPENDED, zero(), zero(), shortfall,
                    "funds short by " + shortfall.toPlainString());
        }
        BigDecimal next = chargeFor(accountId, period.plusMonths(1));
        if (preview) {
            return new ChargeOutcome(accountId, period, Result.CHARGED, amount, next.min(funds.subtract(amount)), zero(), null);
        }
        try {
            post(actor, account, period, amount);
        } catch (BusinessRuleException e) {
            if (!"insufficient-funds".equals(e.type())) {
                throw e;
            }
            // the funds went between the look and the posting: the same outcome as short funds seen first
            BigDecimal shortfall = amount.subtract(ledger.balance(accountId).available().max(BigDecimal.ZERO));
            suspend(actor, account, period, amount, shortfall);
            return new ChargeOutcome(accountId, period, Result.SUSPENDED, zero(), zero(), shortfall, "funds short by " + shortfall.toPlainString());
        }
        BigDecimal reserved = reserve(actor, accountId, period.plusMonths(1), next);
        return new ChargeOutcome(accountId, period, Result.CHARGED, amount, reserved, zero(), null);
    }

    private void post(Actor actor, Account account, YearMonth period, BigDecimal amount) {
        UUID accountId = account.id().value();
        transactions.required(() -> {
            UUID hold = holdOf(accountId, period);
            if (hold != null && ledger.getHold(new HoldId(hold)).status() == HoldStatus.PENDING) {
                ledger.voidHold(actor, new HoldId(hold), "charged for " + period, key("void", accountId, period));
            }
            LedgerTransaction t = ledger.post(actor, new PostingRequest(key("charge", accountId, period), CHARGE_TYPE,
                    "Subscriptions for " + period, "billing:" + period, List.of(
                            new PostingLine(accountId, amount.negate(), account.currency(), "subscriptions " + period),
                            new PostingLine(HouseBook.REVENUE.bookId(), amount, account.currency(), "subscriptions " + period)),
                    false));
            try (Connection c = dataSource.getConnection()) {
                boolean wasSuspended = "SUSPENDED".equals(chargeState(c, accountId, period));
                writeCharge(c, accountId, period, "CHARGED", amount, BigDecimal.ZERO, t.id().value());
                audit.record(actor, account.id().ref(), "billing:charged", null,
                        Map.of("period", period.toString(), "amount", amount, "transactionId", t.id().value().toString()));
                events.publish(DomainEvent.of(BillingEvents.CHARGED, account.id().ref(),
                        Map.of("period", period.toString(), "amount", amount.toPlainString())));
                if (wasSuspended) {
                    resume(c, actor, account, period);
                }
            }
            return t;
        });
    }

    /** A suspended account whose month is now paid works again: the account first, then the subscriptions billing stopped. */
    private void resume(Connection c, Actor actor, Account account, YearMonth period) throws SQLException {
        Account now = accounts.get(account.id());
        if (now.status() == AccountStatus.SUSPENDED) {
            accounts.setStatus(actor, account.id(), AccountStatus.ACTIVE, "Paid for " + period + ": resumed by billing");
        }
        for (Subscription s : subscriptions.suspendedByBilling(c, account.id().value())) {
            subscriptions.move(c, actor, s, SubscriptionStatus.ACTIVE, false, "paid for " + period);
        }
        events.publish(DomainEvent.of(BillingEvents.RESUMED, account.id().ref(), Map.of("period", period.toString())));
    }

    private void suspend(Actor actor, Account account, YearMonth period, BigDecimal amount, BigDecimal shortfall) {
        UUID accountId = account.id().value();
        transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                writeCharge(c, accountId, period, "SUSPENDED", amount, shortfall, null);
                if (account.status() == AccountStatus.ACTIVE) {
                    accounts.setStatus(actor, account.id(), AccountStatus.SUSPENDED,
                            "Funds short for " + period + " by " + shortfall.toPlainString() + " " + account.currency());
                }
                for (Subscription s : subscriptions.ofAccount(c, accountId)) {
                    if (s.status() == SubscriptionStatus.ACTIVE) {
                        subscriptions.move(c, actor, s, SubscriptionStatus.SUSPENDED, true, "funds short for " + period);
                    }
                }
                events.publish(DomainEvent.of(BillingEvents.SUSPENDED, account.id().ref(),
                        Map.of("period", period.toString(), "shortfall", shortfall.toPlainString())));
            }
            return null;
        });
    }

    /** Holds what the funds allow of the coming month's charge, once per account and month. */
    private BigDecimal reserve(Actor actor, UUID accountId, YearMonth period, BigDecimal amount) {
        if (amount.signum() == 0) {
            return zero();
        }
        return transactions.required(() -> {
            BigDecimal existing = pendingHold(accountId, period);
            if (holdOf(accountId, period) != null) {
                return existing;
            }
            BookBalance book = ledger.balance(accountId);
            BigDecimal held = amount.min(book.available().max(BigDecimal.ZERO));
            if (held.signum() == 0) {
                return zero();
            }
            Hold h = ledger.hold(actor, new HoldRequest(key("hold", accountId, period), accountId, held, book.currency(),
                    "Reserved for " + period, null));
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO billing_hold (account_id, period, hold_id, amount) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, accountId.toString());
                ps.setString(2, period.toString());
                ps.setString(3, h.id().value().toString());
                ps.setBigDecimal(4, held);
                ps.executeUpdate();
            }
            return held;
        });
    }

    @Override
    public Shortfalls shortfalls(int limit) {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT DISTINCT account_id FROM billing_subscription WHERE status = 'ACTIVE' "
                     + "ORDER BY account_id FETCH FIRST " + (Math.max(limit, 0) + 1) + " ROWS ONLY")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(UUID.fromString(rs.getString(1).trim()));
                }
            }
        } catch (SQLException e) {
            throw BillingSchema.failure("list accounts with subscriptions", e);
        }
        boolean partial = ids.size() > limit;
        long count = 0;
        BigDecimal total = zero();
        for (UUID id : partial ? ids.subList(0, limit) : ids) {
            BigDecimal shortfall = summary(id).shortfall();
            if (shortfall.signum() > 0) {
                count++;
                total = total.add(shortfall);
            }
        }
        return new Shortfalls(count, total, partial);
    }

    @Override
    public long suspendedAccounts() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT account_id) FROM billing_charge WHERE status = 'SUSPENDED'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw BillingSchema.failure("count suspended accounts", e);
        }
    }

    /** Accounts whose charge for the period was refused for short funds; oldest period first. */
    List<YearMonth> suspendedPeriods(UUID accountId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT period FROM billing_charge WHERE account_id = ? AND status = 'SUSPENDED' ORDER BY period")) {
            ps.setString(1, accountId.toString());
            List<YearMonth> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(YearMonth.parse(rs.getString(1)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw BillingSchema.failure("read suspended charges", e);
        }
    }

    private BigDecimal pendingHold(UUID accountId, YearMonth period) {
        UUID id = holdOf(accountId, period);
        if (id == null) {
            return zero();
        }
        Hold h = ledger.getHold(new HoldId(id));
        return h.status() == HoldStatus.PENDING ? h.amount() : zero();
    }

    private UUID holdOf(UUID accountId, YearMonth period) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT hold_id FROM billing_hold WHERE account_id = ? AND period = ?")) {
            ps.setString(1, accountId.toString());
            ps.setString(2, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? UUID.fromString(rs.getString(1).trim()) : null;
            }
        } catch (SQLException e) {
            throw BillingSchema.failure("read a reservation", e);
        }
    }

    private String chargeState(UUID accountId, YearMonth period) {
        try (Connection c = dataSource.getConnection()) {
            return chargeState(c, accountId, period);
        } catch (SQLException e) {
            throw BillingSchema.failure("read a charge", e);
        }
    }

    private static String chargeState(Connection c, UUID accountId, YearMonth period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM billing_charge WHERE account_id = ? AND period = ?")) {
            ps.setString(1, accountId.toString());
            ps.setString(2, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void writeCharge(Connection c, UUID accountId, YearMonth period, String status, BigDecimal amount, BigDecimal shortfall,
                             UUID transaction) throws SQLException {
        Timestamp now = Timestamp.from(clock.now().truncatedTo(ChronoUnit.MILLIS));
        try (PreparedStatement ps = c.prepareStatement("UPDATE billing_charge SET status = ?, amount = ?, shortfall = ?, "
                + "transaction_id = ?, updated_at = ? WHERE account_id = ? AND period = ?")) {
            ps.setString(1, status);
            ps.setBigDecimal(2, amount);
            ps.setBigDecimal(3, shortfall);
            ps.setString(4, transaction == null ? null : transaction.toString());
            ps.setTimestamp(5, now);
            ps.setString(6, accountId.toString());
            ps.setString(7, period.toString());
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO billing_charge (account_id, period, status, amount, shortfall, "
                + "transaction_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, accountId.toString());
            ps.setString(2, period.toString());
            ps.setString(3, status);
            ps.setBigDecimal(4, amount);
            ps.setBigDecimal(5, shortfall);
            ps.setString(6, transaction == null ? null : transaction.toString());
            ps.setTimestamp(7, now);
            ps.executeUpdate();
        }
    }

    private static String key(String what, UUID accountId, YearMonth period) {
        return "billing:" + what + ":" + accountId + ":" + period;
    }

    private static ChargeOutcome skipped(UUID accountId, YearMonth period, String reason) {
        return new ChargeOutcome(accountId, period, Result.SKIPPED, zero(), zero(), zero(), reason);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
