package io.pitstop.payments.impl;

import io.pitstop.payments.api.Party;
import io.pitstop.payments.api.Payment;
import io.pitstop.payments.api.PaymentDirection;
import io.pitstop.payments.api.PaymentStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The {@code payments_payment} row and its columns, read and written in one place. */
final class PaymentRows {
    static final String COLUMNS = "id, natural_key, statement_id, line, direction, doc_number, doc_date, amount, currency, "
            + "payer_name, payer_inn, payer_kpp, payer_account, payer_bic, recipient_name, recipient_inn, recipient_kpp, "
            + "recipient_account, recipient_bic, purpose, status, account_id, account_number, client_id, legal_entity_id, "
            + "rule_code, explanation, warnings, transaction_id, created_at, updated_at";
    static final String INSERT = "INSERT INTO payments_payment (" + COLUMNS + ") VALUES ("
            + "?, ".repeat(30) + "?)";
    /** Warnings are kept one per line: none of them holds a line break. */
    private static final String SEPARATOR = "\n";

    private PaymentRows() {
    }

    static void bind(PreparedStatement s, Payment p) throws SQLException {
        int i = 1;
        s.setString(i++, p.id().toString());
        s.setString(i++, p.naturalKey());
        s.setString(i++, p.statementId().toString());
        s.setInt(i++, p.line());
        s.setString(i++, p.direction().name());
        s.setString(i++, p.number());
        s.setDate(i++, java.sql.Date.valueOf(p.date()));
        s.setBigDecimal(i++, p.amount());
        s.setString(i++, p.currency());
        i = party(s, i, p.payer());
        i = party(s, i, p.recipient());
        s.setString(i++, p.purpose());
        s.setString(i++, p.status().name());
        uuid(s, i++, p.accountId());
        s.setString(i++, p.accountNumber());
        uuid(s, i++, p.clientId());
        uuid(s, i++, p.legalEntityId());
        s.setString(i++, p.rule());
        s.setString(i++, p.explanation());
        s.setString(i++, p.warnings().isEmpty() ? null : String.join(SEPARATOR, p.warnings()));
        uuid(s, i++, p.transactionId());
        s.setTimestamp(i++, Timestamp.from(p.createdAt()));
        s.setTimestamp(i, Timestamp.from(p.updatedAt()));
    }

    private static int party(PreparedStatement s, int i, Party p) throws SQLException {
        s.setString(i++, p.name());
        s.setString(i++, p.inn());
        s.setString(i++, p.kpp());
        s.setString(i++, p.account());
        s.setString(i++, p.bic());
        return i;
    }

    static void uuid(PreparedStatement s, int i, UUID id) throws SQLException {
        if (id == null) {
            s.setNull(i, Types.CHAR);
        } else {
            s.setString(i, id.toString());
        }
    }

    static Payment read(ResultSet r) throws SQLException {
        String warnings = r.getString("warnings");
        return new Payment(uuid(r, "id"), uuid(r, "statement_id"), r.getInt("line"), PaymentDirection.valueOf(r.getString("direction")),
                r.getString("doc_number"), r.getDate("doc_date").toLocalDate(), r.getBigDecimal("amount").setScale(2),
                r.getString("currency").strip(),
                new Party(r.getString("payer_name"), r.getString("payer_inn"), r.getString("payer_kpp"), r.getString("payer_account"),
                        r.getString("payer_bic")),
                new Party(r.getString("recipient_name"), r.getString("recipient_inn"), r.getString("recipient_kpp"),
                        r.getString("recipient_account"), r.getString("recipient_bic")),
                r.getString("purpose"), PaymentStatus.valueOf(r.getString("status")), uuid(r, "account_id"),
                r.getString("account_number"), uuid(r, "client_id"), uuid(r, "legal_entity_id"), r.getString("rule_code"),
                r.getString("explanation"), warnings == null ? List.of() : Arrays.asList(warnings.split(SEPARATOR)),
                r.getString("natural_key"), uuid(r, "transaction_id"), r.getTimestamp("created_at").toInstant(),
                r.getTimestamp("updated_at").toInstant());
    }

    private static UUID uuid(ResultSet r, String column) throws SQLException {
        String v = r.getString(column);
        return v == null ? null : UUID.fromString(v.strip());
    }
}
