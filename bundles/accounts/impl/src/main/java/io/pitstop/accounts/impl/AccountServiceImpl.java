package io.pitstop.accounts.impl;

import io.pitstop.accounts.api.AccountEvents;
import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountChange;
import io.pitstop.accounts.api.AccountDraft;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountQuery;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.contacts.api.ContactUsage;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.Money;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.SchemaMigrations;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.BookStatus;
import io.pitstop.ledger.api.Ledger;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.OptimisticLockException;
import javax.persistence.TypedQuery;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Personal accounts on JPA. The account row and the ledger book are written
 * in one JTA transaction: the JPA unit and the ledger's JDBC share the
 * transaction's pooled connection.
 */
@Component(service = {AccountService.class, ContactUsage.class}, configurationPid = "io.pitstop.accounts")
@Designate(ocd = AccountServiceImpl.Config.class)
public class AccountServiceImpl implements AccountService, ContactUsage {
    static final String DEFAULT_ZONE = "Europe/Moscow";

    @ObjectClassDefinition(name = "Pitstop accounts")
    public @interface Config {
        @AttributeDefinition(description = "Account number pattern: {seq:N}, {yyyy}, {yy}, {mm} and literal text")
        String numberPattern() default "4200{yy}{seq:10}";
    }

    @Reference(target = "(osgi.unit.name=pitstop-accounts)")
    private JpaTemplate jpa;

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private SchemaMigrations migrations;

    @Reference
    private ContactService contacts;

    @Reference
    private Ledger ledger;

    @Reference
    private AuditService audit;

    @Reference
    private DomainEvents events;

    private volatile AccountNumbers numbers;

    @Activate
    @Modified
    void activate(Config config) {
        migrations.migrate("accounts", getClass().getClassLoader(), "db/accounts", List.of("V001__accounts.sql"));
        numbers = new AccountNumbers(config.numberPattern());
    }

    @Override
    public Account open(Actor actor, AccountDraft draft) {
        if (draft == null) {
            throw ValidationException.field("body", "is required");
        }
        Validation v = new Validation().required(draft.owner(), "ownerId");
        String currency = draft.currency() == null ? Money.RUB : draft.currency();
        BigDecimal limit = amount(v, draft.creditLimit(), "creditLimit", true);
        BigDecimal critical = amount(v, draft.criticalBalance(), "criticalBalance", false);
        v.check(() -> Money.checkCurrency(currency));
        String zone = zone(v, draft.timeZone() == null ? DEFAULT_ZONE : draft.timeZone());
        v.throwIfInvalid();
        Contact owner = owner(draft.owner());
        if (owner.status() == ContactStatus.ARCHIVED) {
            throw new BusinessRuleException("owner-archived", "Contact " + owner.name() + " is archived; restore it before opening an account");
        }
        String code = Money.checkCurrency(currency);
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = Instant.now();
            UUID id = UUID.randomUUID();
            String number = numbers.render(nextSequence(), LocalDate.now(ZoneId.of(zone)));
            AccountEntity e = new AccountEntity(id, number, owner.id(), code, limit, critical, zone, now);
            em.persist(e);
            em.flush();
            ledger.openBook(id, code, limit, BookStatus.OPEN, zone);
            audit.record(actor, new AccountId(id).ref(), "opened", null, e.snapshot());
            events.publish(DomainEvent.of(AccountEvents.OPENED, new AccountId(id).ref(),
                    Map.of("number", number, "ownerId", owner.id().toString(), "currency", code)));
            return e.toAccount();
        });
    }

    /** Takes the next number under the counter row's lock (plain SQL: JPA has no portable UPDATE ... RETURNING). */
    private long nextSequence() {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement up = c.prepareStatement("UPDATE account_counter SET next_value = next_value + 1 WHERE name = 'account'")) {
                if (up.executeUpdate() == 0) {
                    try (PreparedStatement ins = c.prepareStatement("INSERT INTO account_counter (name, next_value) VALUES ('account', 2)")) {
                        ins.executeUpdate();
                    }
                    return 1;
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT next_value FROM account_counter WHERE name = 'account'");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1) - 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the next account number: " + e.getMessage(), e);
        }
    }

    private Contact owner(ContactId id) {
        try {
            return contacts.get(id);
        } catch (NotFoundException e) {
            throw ValidationException.field("ownerId", "no contact with id " + id);
        }
    }

    private static BigDecimal amount(Validation v, BigDecimal value, String field, boolean nonNegative) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal[] out = {BigDecimal.ZERO.setScale(2)};
        v.check(() -> out[0] = Money.of(value, Money.RUB, field).amount());
        if (nonNegative) {
            v.require(value.signum() >= 0, field, "must not be negative");
        }
        return out[0];
    }

    private static String zone(Validation v, String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            v.require(false, "timeZone", "is not a known time zone: " + Validation.quote(zone));
            return DEFAULT_ZONE;
        }
    }

    @Override
    public Account get(AccountId id) {
        return jpa.txExpr(TransactionType.Supports, em -> entity(em, id).toAccount());
    }

    private static AccountEntity entity(EntityManager em, AccountId id) {
        AccountEntity e = em.find(AccountEntity.class, id.value().toString());
        if (e == null) {
            throw new NotFoundException("Account", id);
        }
        return e;
    }

    @Override
    public Account byNumber(String number) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<AccountEntity> found = em.createQuery("SELECT a FROM AccountEntity a WHERE a.number = :n", AccountEntity.class)
                    .setParameter("n", number).getResultList();
            if (found.isEmpty()) {
                throw new NotFoundException("Account number", number);
            }
            return found.get(0).toAccount();
        });
    }

    @Override
    public Page<Account> search(AccountQuery query, PageRequest page) {
        AccountQuery q = query == null ? AccountQuery.all() : query;
        return jpa.txExpr(TransactionType.Supports, em -> {
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            if (q.owner() != null) {
                where.append(" AND a.ownerId = :owner");
            }
            if (q.status() != null) {
                where.append(" AND a.status = :status");
            }
            boolean byNumber = q.number() != null && !q.number().isBlank();
            boolean byOwners = !q.orOwners().isEmpty();
            if (byNumber && byOwners) {
                where.append(" AND (a.number LIKE :number OR a.ownerId IN :owners)");
            } else if (byNumber) {
                where.append(" AND a.number LIKE :number");
            } else if (byOwners) {
                where.append(" AND a.ownerId IN :owners");
            }
            StringBuilder order = new StringBuilder();
            for (PageRequest.SortOrder s : page.sort()) {
                order.append(order.length() == 0 ? " ORDER BY " : ", ").append("a.").append(s.property())
                        .append(s.ascending() ? " ASC" : " DESC");
            }
            order.append(order.length() == 0 ? " ORDER BY a.number" : ", a.number");
            TypedQuery<AccountEntity> select = em.createQuery("SELECT a FROM AccountEntity a" + where + order, AccountEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AccountEntity a" + where, Long.class);
            for (TypedQuery<?> tq : List.of(select, count)) {
                if (q.owner() != null) {
                    tq.setParameter("owner", q.owner().value().toString());
                }
                if (q.status() != null) {
                    tq.setParameter("status", q.status().name());
                }
                if (byNumber) {
                    tq.setParameter("number", "%" + q.number().trim() + "%");
                }
                if (byOwners) {
                    tq.setParameter("owners", q.orOwners().stream().map(o -> o.value().toString()).sorted().toList());
                }
            }
            List<Account> items = new ArrayList<>();
            for (AccountEntity e : select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()) {
                items.add(e.toAccount());
            }
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    @Override
    public long count(AccountQuery query) {
        return search(query, PageRequest.first(1)).total();
    }

    @Override
    public Account change(Actor actor, AccountId id, AccountChange change) {
        if (change == null) {
            throw ValidationException.field("body", "is required");
        }
        Validation v = new Validation();
        BigDecimal limit = change.creditLimit() == null ? null : amount(v, change.creditLimit(), "creditLimit", true);
        BigDecimal critical = change.criticalBalance() == null ? null : amount(v, change.criticalBalance(), "criticalBalance", false);
        String zone = change.timeZone() == null ? null : zone(v, change.timeZone());
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity e = entity(em, id);
            em.lock(e, LockModeType.PESSIMISTIC_WRITE);
            if (e.status() == AccountStatus.CLOSED) {
                throw new ConflictException("Account " + e.number() + " is closed");
            }
            Map<String, Object> before = e.snapshot();
            if (limit != null) {
                e.creditLimit(limit);
            }
            if (critical != null) {
                e.criticalBalance(critical);
            }
            if (zone != null) {
                e.timeZone(zone);
            }
            e.touch(Instant.now());
            flush(em);
            ledger.updateBook(id.value(), limit, null, zone);
            audit.record(actor, id.ref(), "changed", before, e.snapshot());
            events.publish(DomainEvent.of(AccountEvents.CHANGED, id.ref(), Map.of("number", e.number())));
            return e.toAccount();
        });
    }

    @Override
    public Account setStatus(Actor actor, AccountId id, AccountStatus status, String reason) {
        new Validation().required(status, "status").required(reason, "reason").maxLength(reason, 500, "reason").throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity e = entity(em, id);
            em.lock(e, LockModeType.PESSIMISTIC_WRITE);
            AccountStatus from = e.status();
            if (from == status) {
                return e.toAccount();
            }
            if (from == AccountStatus.CLOSED) {
                throw new ConflictException("Account " + e.number() + " is closed; closing is final");
            }
            if (status == AccountStatus.CLOSED) {
                BookBalance b = ledger.balance(id.value());
                if (b.balance().signum() != 0 || b.reserved().signum() != 0) {
                    throw new BusinessRuleException("account-not-settled", "Account " + e.number() + " can be closed only with zero balance "
                            + "and no reserved money; balance " + b.balance().toPlainString() + ", reserved " + b.reserved().toPlainString());
                }
            }
            Map<String, Object> before = e.snapshot();
            e.status(status, Instant.now());
            flush(em);
            ledger.updateBook(id.value(), null, bookStatus(status), null);
            Map<String, Object> after = new java.util.LinkedHashMap<>(e.snapshot());
            after.put("reason", reason);
            audit.record(actor, id.ref(), "status:" + status.name().toLowerCase(java.util.Locale.ROOT), before, after);
            events.publish(DomainEvent.of(AccountEvents.status(status), id.ref(),
                    Map.of("number", e.number(), "from", from.name(), "reason", reason)));
            return e.toAccount();
        });
    }

    private static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("The account was changed by someone else; reload and try again");
        }
    }

    static BookStatus bookStatus(AccountStatus status) {
        switch (status) {
            case ACTIVE:
                return BookStatus.OPEN;
            case SUSPENDED:
                return BookStatus.SUSPENDED;
            default:
                return BookStatus.CLOSED;
        }
    }

    /**
     * Plain SQL on the caller's connection: it runs inside the contact delete's
     * transaction and must see exactly what that transaction sees.
     */
    @Override
    public Optional<String> usedBy(ContactId contact) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT number FROM account WHERE owner_id = ? ORDER BY number FETCH FIRST 1 ROWS ONLY")) {
            q.setString(1, contact.value().toString());
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of("owns account " + rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check accounts of contact " + contact + ": " + e.getMessage(), e);
        }
    }
}
