package io.pitstop.accounts.impl;

import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.contacts.api.ContactId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Version;

/** Row of {@code account}. Money columns are DECIMAL(19,2); Derby would otherwise lose the scale. */
@Entity
@Table(name = "account")
public class AccountEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "number", nullable = false, length = 40)
    private String number;

    @Column(name = "owner_id", nullable = false, length = 36)
    private String ownerId;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "status", nullable = false, length = 12)
    private String status;

    @Column(name = "credit_limit", nullable = false, precision = 19, scale = 2)
    private BigDecimal creditLimit;

    @Column(name = "critical_balance", nullable = false, precision = 19, scale = 2)
    private BigDecimal criticalBalance;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "created_at", nullable = false)
    private java.util.Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "updated_at", nullable = false)
    private java.util.Date updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected AccountEntity() {
    }

    AccountEntity(UUID id, String number, ContactId owner, String currency, BigDecimal creditLimit,
                  BigDecimal criticalBalance, String timeZone, Instant now) {
        this.id = id.toString();
        this.number = number;
        this.ownerId = owner.value().toString();
        this.currency = currency;
        this.status = AccountStatus.ACTIVE.name();
        this.creditLimit = creditLimit;
        this.criticalBalance = criticalBalance;
        this.timeZone = timeZone;
        this.createdAt = java.util.Date.from(now);
        this.updatedAt = this.createdAt;
    }

    Account toAccount() {
        return new Account(new AccountId(UUID.fromString(id)), number, new ContactId(UUID.fromString(ownerId)), currency,
                AccountStatus.valueOf(status), creditLimit.setScale(2), criticalBalance.setScale(2), timeZone,
                createdAt.toInstant(), updatedAt.toInstant(), version);
    }

    /** Snapshot for the audit log. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("ownerId", ownerId);
        m.put("currency", currency);
        m.put("status", status);
        m.put("creditLimit", creditLimit.setScale(2).toPlainString());
        m.put("criticalBalance", criticalBalance.setScale(2).toPlainString());
        m.put("timeZone", timeZone);
        return m;
    }

    String ownerId() {
        return ownerId;
    }

    String number() {
        return number;
    }

    AccountStatus status() {
        return AccountStatus.valueOf(status);
    }

    void status(AccountStatus value, Instant now) {
        status = value.name();
        touch(now);
    }

    void creditLimit(BigDecimal value) {
        creditLimit = value;
    }

    void criticalBalance(BigDecimal value) {
        criticalBalance = value;
    }

    void timeZone(String value) {
        timeZone = value;
    }

    void touch(Instant now) {
        updatedAt = java.util.Date.from(now);
    }
}
