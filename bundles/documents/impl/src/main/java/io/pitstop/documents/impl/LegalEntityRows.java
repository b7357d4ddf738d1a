package io.pitstop.documents.impl;

import io.pitstop.documents.api.BankAccount;
import io.pitstop.documents.api.BankRules;
import io.pitstop.documents.api.LegalEntity;
import io.pitstop.documents.api.LegalEntityDraft;
import io.pitstop.documents.api.Signatory;
import io.pitstop.documents.api.VatMode;
import io.pitstop.core.api.FieldError;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The legal-entity tables on one connection (the transaction's). */
final class LegalEntityRows {
    private static final String COLUMNS = "id, full_name, short_name, inn, kpp, ogrn, legal_address, postal_address, "
            + "director_name, director_position, director_basis, accountant_name, accountant_position, accountant_basis, "
            + "vat_mode, is_default, closed_through, logo, stamp, version, updated_at";

    private final Connection c;

    LegalEntityRows(Connection c) {
        this.c = c;
    }

    List<LegalEntity> all() throws SQLException {
        List<LegalEntity> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM legal_entity ORDER BY is_default DESC, short_name, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    Optional<LegalEntity> find(UUID id, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM legal_entity WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    Optional<UUID> defaultId() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM legal_entity WHERE is_default = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(UUID.fromString(rs.getString(1))) : Optional.empty();
        }
    }

    boolean any() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM legal_entity"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** Takes the default away from every other entity. */
    void clearDefaultExcept(UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE legal_entity SET is_default = 0 WHERE is_default = 1 AND id <> ?")) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
    }

    void insert(UUID id, LegalEntityDraft d, boolean isDefault, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO legal_entity (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")) {
            ps.setString(1, id.toString());
            int i = bind(ps, 2, d, isDefault);
            ps.setTimestamp(i, Timestamp.from(now));
            ps.executeUpdate();
        }
        writeAccounts(id, d.bankAccounts());
    }

    void update(UUID id, LegalEntityDraft d, boolean isDefault, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE legal_entity SET full_name = ?, short_name = ?, inn = ?, kpp = ?, "
                + "ogrn = ?, legal_address = ?, postal_address = ?, director_name = ?, director_position = ?, "
                + "director_basis = ?, accountant_name = ?, accountant_position = ?, accountant_basis = ?, vat_mode = ?, "
                + "is_default = ?, closed_through = ?, logo = ?, stamp = ?, version = version + 1, updated_at = ? WHERE id = ?")) {
            int i = bind(ps, 1, d, isDefault);
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setString(i, id.toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM legal_entity_account WHERE entity_id = ?")) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
        writeAccounts(id, d.bankAccounts());
    }

    private int bind(PreparedStatement ps, int from, LegalEntityDraft d, boolean isDefault) throws SQLException {
        int i = from;
        ps.setString(i++, d.fullName());
        ps.setString(i++, d.shortName());
        ps.setString(i++, d.inn());
        ps.setString(i++, d.kpp());
        ps.setString(i++, d.ogrn());
        ps.setString(i++, d.legalAddress());
        ps.setString(i++, d.postalAddress());
        for (Signatory s : new Signatory[] {d.director(), d.chiefAccountant()}) {
            ps.setString(i++, s == null ? null : s.name());
            ps.setString(i++, s == null ? null : s.position());
            ps.setString(i++, s == null ? null : s.basis());
        }
        ps.setString(i++, d.vatMode().name());
        ps.setInt(i++, isDefault ? 1 : 0);
        if (d.closedThrough() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, d.closedThrough());
        }
        ps.setString(i++, d.logo() == null ? null : d.logo().toString());
        ps.setString(i++, d.stamp() == null ? null : d.stamp().toString());
        return i;
    }

    private void writeAccounts(UUID id, List<BankAccount> accounts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO legal_entity_account (entity_id, position, account, "
                + "bank_name, bic, corr_account) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < accounts.size(); i++) {
                BankAccount a = accounts.get(i);
                ps.setString(1, id.toString());
                ps.setInt(2, i);
                ps.setString(3, a.account());
                ps.setString(4, a.bankName());
                ps.setString(5, a.bic());
                ps.setString(6, a.correspondentAccount());
                ps.addBatch();
            }
            if (!accounts.isEmpty()) {
                ps.executeBatch();
            }
        }
    }

    private List<BankAccount> accounts(String id) throws SQLException {
        List<BankAccount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT account, bank_name, bic, corr_account FROM legal_entity_account "
                + "WHERE entity_id = ? ORDER BY position")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new BankAccount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    private LegalEntity read(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        List<BankAccount> accounts = accounts(id);
        int closed = rs.getInt("closed_through");
        Integer closedThrough = rs.wasNull() ? null : closed;
        String logo = rs.getString("logo");
        String stamp = rs.getString("stamp");
        return new LegalEntity(UUID.fromString(id), rs.getString("full_name"), rs.getString("short_name"),
                rs.getString("inn"), rs.getString("kpp"), rs.getString("ogrn"), rs.getString("legal_address"),
                rs.getString("postal_address"), accounts,
                signatory(rs.getString("director_name"), rs.getString("director_position"), rs.getString("director_basis")),
                signatory(rs.getString("accountant_name"), rs.getString("accountant_position"), rs.getString("accountant_basis")),
                VatMode.valueOf(rs.getString("vat_mode")), rs.getInt("is_default") == 1, closedThrough,
                logo == null ? null : UUID.fromString(logo), stamp == null ? null : UUID.fromString(stamp),
                rs.getLong("version"), rs.getTimestamp("updated_at").toInstant(), warnings(accounts));
    }

    static List<FieldError> warnings(List<BankAccount> accounts) {
        List<FieldError> out = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            out.addAll(BankRules.warnings(accounts.get(i), "bankAccounts[" + i + "]"));
        }
        return out;
    }

    private static Signatory signatory(String name, String position, String basis) {
        return name == null && position == null && basis == null ? null : new Signatory(name, position, basis);
    }
}
