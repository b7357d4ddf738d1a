package io.pitstop.kso.impl.applications;

import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.UtcTimestamps;
import io.pitstop.kso.api.applications.ApplicationStatus;
import io.pitstop.kso.api.applications.BankDecision;
import io.pitstop.kso.api.applications.ChosenProduct;
import io.pitstop.kso.api.applications.CreditApplication;
import io.pitstop.kso.api.applications.OfferSnapshot;
import io.pitstop.kso.api.applications.Reward;
import io.pitstop.kso.api.applications.RewardStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Applications, their products and rewards on plain JDBC; instants as UTC wall-clock TIMESTAMPs on both databases. */
final class ApplicationRows {
    private static final String COLUMNS = "id, contact_id, deal_type, deal_id, status, manager, programme_id, "
            + "programme_name, bank, annual_rate, term_months, amount, down_payment, monthly_payment, programme_reward, "
            + "decision_rate, decision_amount, decision_term, decision_payment, decision_reference, decision_comment, "
            + "created_at, updated_at, issued_at, version";
    private static final String REWARD_COLUMNS = "id, application_id, counterparty, amount, status, manager, book, "
            + "issued_at, paid_at, issue_tx, paid_tx, paid_key";

    private final Connection c;

    /** What runs on the rows inside a transaction. */
    interface Work<T> {
        T run(ApplicationRows rows) throws SQLException;
    }

    /** Runs work on a connection of the shared data source inside {@code transactions} (joining the caller's). */
    static <T> T inTransaction(io.pitstop.core.api.Transactions transactions, javax.sql.DataSource dataSource, Work<T> work) {
        return transactions.required(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(new ApplicationRows(connection));
            }
        });
    }

    ApplicationRows(Connection c) {
        this.c = c;
    }

    void insert(CreditApplication a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kso_application (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            OfferSnapshot o = a.offer();
            ps.setString(1, a.id().toString());
            ps.setString(2, a.contactId().toString());
            ps.setString(3, a.deal() == null ? null : a.deal().type());
            ps.setString(4, a.deal() == null ? null : a.deal().id().toString());
            ps.setString(5, a.status().name());
            ps.setString(6, a.manager());
            ps.setString(7, o.programmeId());
            ps.setString(8, o.programmeName());
            ps.setString(9, o.bank());
            ps.setBigDecimal(10, o.annualRatePercent());
            ps.setInt(11, o.termMonths());
            ps.setBigDecimal(12, o.amount());
            ps.setBigDecimal(13, o.downPayment());
            ps.setBigDecimal(14, o.monthlyPayment());
            ps.setBigDecimal(15, o.programmeReward());
            for (int i = 16; i <= 21; i++) {
                ps.setNull(i, i == 18 ? Types.INTEGER : i >= 20 ? Types.VARCHAR : Types.DECIMAL);
            }
            UtcTimestamps.set(ps, 22, a.createdAt());
            UtcTimestamps.set(ps, 23, a.updatedAt());
            UtcTimestamps.set(ps, 24, null);
            ps.setLong(25, a.version());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kso_application_product "
                + "(application_id, line_no, name, price, counterparty, reward) VALUES (?, ?, ?, ?, ?, ?)")) {
            int line = 0;
            for (ChosenProduct p : a.offer().products()) {
                ps.setString(1, a.id().toString());
                ps.setInt(2, line++);
                ps.setString(3, p.name());
                ps.setBigDecimal(4, p.price());
                ps.setString(5, p.counterparty());
                ps.setBigDecimal(6, p.reward());
                ps.addBatch();
            }
            if (line > 0) {
                ps.executeBatch();
            }
        }
    }

    /** Writes status, decision and issue time if the row still has {@code expectedVersion}; false when it changed meanwhile. */
    boolean update(CreditApplication a, long expectedVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE kso_application SET status = ?, decision_rate = ?, "
                + "decision_amount = ?, decision_term = ?, decision_payment = ?, decision_reference = ?, "
                + "decision_comment = ?, updated_at = ?, issued_at = ?, version = ? WHERE id = ? AND version = ?")) {
            BankDecision d = a.decision();
            ps.setString(1, a.status().name());
            ps.setBigDecimal(2, d == null ? null : d.annualRatePercent());
            ps.setBigDecimal(3, d == null ? null : d.amount());
            if (d == null || d.termMonths() == null) {
                ps.setNull(4, Types.INTEGER);
            } else {
                ps.setInt(4, d.termMonths());
            }
            ps.setBigDecimal(5, d == null ? null : d.monthlyPayment());
            ps.setString(6, d == null ? null : d.reference());
            ps.setString(7, d == null ? null : d.comment());
            UtcTimestamps.set(ps, 8, a.updatedAt());
            UtcTimestamps.set(ps, 9, a.issuedAt());
            ps.setLong(10, a.version());
            ps.setString(11, a.id().toString());
            ps.setLong(12, expectedVersion);
            return ps.executeUpdate() == 1;
        }
    }

    Optional<CreditApplication> find(UUID id) throws SQLException {
        List<CreditApplication> found = select("WHERE id = ?", List.of(id.toString()), 0, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    Page<CreditApplication> find(UUID contactId, ApplicationStatus status, PageRequest page) throws SQLException {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (contactId != null) {
            where.append(" AND contact_id = ?");
            args.add(contactId.toString());
        }
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status.name());
        }
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM kso_application " + where)) {
            UtcTimestamps.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        return new Page<>(select(where.toString(), args, page.offset(), page.limit()), total, page.offset(), page.limit());
    }

    /** The loans issued in [from, to), oldest first. */
    List<CreditApplication> issued(Instant from, Instant to) throws SQLException {
        return select("WHERE status = ? AND issued_at >= ? AND issued_at < ?",
                List.of(ApplicationStatus.ISSUED.name(), from, to), 0, Integer.MAX_VALUE);
    }

    private List<CreditApplication> select(String where, List<Object> args, int offset, int limit) throws SQLException {
        List<CreditApplication> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM kso_application " + where
                + " ORDER BY created_at DESC, id")) {
            UtcTimestamps.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                int skipped = 0;
                while (rs.next() && out.size() < limit) {
                    if (skipped++ < offset) {
                        continue;
                    }
                    out.add(read(rs));
                }
            }
        }
        List<CreditApplication> withProducts = new ArrayList<>();
        for (CreditApplication a : out) {
            withProducts.add(withProducts(a));
        }
        return withProducts;
    }

    private CreditApplication withProducts(CreditApplication a) throws SQLException {
        List<ChosenProduct> products = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, price, counterparty, reward FROM "
                + "kso_application_product WHERE application_id = ? ORDER BY line_no")) {
            ps.setString(1, a.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    products.add(new ChosenProduct(rs.getString(1), money(rs, 2), rs.getString(3), money(rs, 4)));
                }
            }
        }
        OfferSnapshot o = a.offer();
        return new CreditApplication(a.id(), a.contactId(), a.deal(), a.status(), a.manager(),
                new OfferSnapshot(o.programmeId(), o.programmeName(), o.bank(), o.annualRatePercent(), o.termMonths(),
                        o.amount(), o.downPayment(), o.monthlyPayment(), o.programmeReward(), products),
                a.decision(), a.createdAt(), a.updatedAt(), a.issuedAt(), a.version());
    }

    private static CreditApplication read(ResultSet rs) throws SQLException {
        String dealType = rs.getString(3);
        String dealId = id(rs, 4);
        OfferSnapshot offer = new OfferSnapshot(rs.getString(7), rs.getString(8), rs.getString(9), rate(rs, 10),
                rs.getInt(11), money(rs, 12), money(rs, 13), money(rs, 14), money(rs, 15), List.of());
        ApplicationStatus status = ApplicationStatus.valueOf(rs.getString(5).trim());
        BankDecision decision = null;
        if (status == ApplicationStatus.DECLINED || rs.getString(20) != null || rs.getBigDecimal(17) != null) {
            int term = rs.getInt(18);
            Integer termMonths = rs.wasNull() ? null : term;
            ApplicationStatus decided = status == ApplicationStatus.DECLINED ? ApplicationStatus.DECLINED : ApplicationStatus.APPROVED;
            decision = new BankDecision(decided, rate(rs, 16), money(rs, 17), termMonths, money(rs, 19),
                    rs.getString(20), rs.getString(21));
        }
        return new CreditApplication(UUID.fromString(id(rs, 1)), UUID.fromString(id(rs, 2)),
                dealType == null ? null : new RecordRef(dealType, UUID.fromString(dealId)), status, rs.getString(6),
                offer, decision, UtcTimestamps.get(rs, 22), UtcTimestamps.get(rs, 23), UtcTimestamps.get(rs, 24), rs.getLong(25));
    }

    // ---- rewards ----

    void insertReward(Reward r, UUID issueTransaction) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kso_reward (" + REWARD_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.id().toString());
            ps.setString(2, r.applicationId().toString());
            ps.setString(3, r.counterparty());
            ps.setBigDecimal(4, r.amount());
            ps.setString(5, r.status().name());
            ps.setString(6, r.manager());
            ps.setString(7, r.book().toString());
            UtcTimestamps.set(ps, 8, r.issuedAt());
            UtcTimestamps.set(ps, 9, null);
            ps.setString(10, issueTransaction.toString());
            ps.setNull(11, Types.CHAR);
            ps.setNull(12, Types.VARCHAR);
            ps.executeUpdate();
        }
    }

    void markPaid(UUID reward, Instant at, UUID transaction, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE kso_reward SET status = ?, paid_at = ?, paid_tx = ?, "
                + "paid_key = ? WHERE id = ?")) {
            ps.setString(1, RewardStatus.PAID.name());
            UtcTimestamps.set(ps, 2, at);
            ps.setString(3, transaction.toString());
            ps.setString(4, key);
            ps.setString(5, reward.toString());
            ps.executeUpdate();
        }
    }

    /** A reward with the key it was paid under (null while receivable). */
    record Paid(Reward reward, String key) {
    }

    Optional<Paid> reward(UUID id) throws SQLException {
        List<Paid> found = rewards("WHERE id = ?", List.of(id.toString()));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    List<Reward> rewardsOf(UUID application) throws SQLException {
        return rewards("WHERE application_id = ?", List.of(application.toString())).stream().map(Paid::reward).toList();
    }

    List<Reward> rewardsIssued(Instant from, Instant to) throws SQLException {
        return rewards("WHERE issued_at >= ? AND issued_at < ?", List.of(from, to)).stream().map(Paid::reward).toList();
    }

    private List<Paid> rewards(String where, List<Object> args) throws SQLException {
        List<Paid> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + REWARD_COLUMNS + " FROM kso_reward " + where
                + " ORDER BY issued_at, counterparty")) {
            UtcTimestamps.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Paid(new Reward(UUID.fromString(id(rs, 1)), UUID.fromString(id(rs, 2)), rs.getString(3),
                            money(rs, 4), RewardStatus.valueOf(rs.getString(5).trim()), rs.getString(6),
                            UUID.fromString(id(rs, 7)), UtcTimestamps.get(rs, 8), UtcTimestamps.get(rs, 9)), rs.getString(12)));
                }
            }
        }
        return out;
    }

    // ---- helpers ----

    private static BigDecimal money(ResultSet rs, int index) throws SQLException {
        BigDecimal v = rs.getBigDecimal(index);
        return v == null ? null : v.setScale(2);
    }

    /** Rates come back at the column's scale (14.3000); stored as given, shown without trailing zeros. */
    private static BigDecimal rate(ResultSet rs, int index) throws SQLException {
        BigDecimal v = rs.getBigDecimal(index);
        if (v == null) {
            return null;
        }
        BigDecimal plain = v.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }


    /** CHAR(36) columns come back padded on some drivers. */
    private static String id(ResultSet rs, int index) throws SQLException {
        String s = rs.getString(index);
        return s == null ? null : s.trim();
    }
}
