package io.pitstop.payments.impl;

import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.time.Clock;
import io.pitstop.payments.api.StatementFiles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The files taken, one row each in {@code payments_file}: a claim is an insert in a transaction of its own, so two
 * servers reading the same folder meet on the primary key and only one reads the file.
 */
@Component(service = StatementFiles.class)
public class JdbcStatementFiles implements StatementFiles {
    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private PaymentsSchema schema;

    @Reference
    private Clock clock;

    @Override
    public boolean claim(String key) {
        try {
            return transactions.requiresNew(() -> {
                try (Connection c = dataSource.getConnection();
                     PreparedStatement s = c.prepareStatement("INSERT INTO payments_file (file_key, claimed_at) VALUES (?, ?)")) {
                    s.setString(1, key);
                    s.setTimestamp(2, Timestamp.from(clock.now()));
                    s.executeUpdate();
                    return true;
                }
            });
        } catch (RuntimeException e) {
            if (contains(key)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean contains(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM payments_file WHERE file_key = ?")) {
            s.setString(1, key);
            return s.executeQuery().next();
        } catch (SQLException e) {
            throw PaymentsSchema.failure("read the statement files taken", e);
        }
    }

    @Override
    public void release(String key) {
        transactions.requiresNew(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("DELETE FROM payments_file WHERE file_key = ?")) {
                s.setString(1, key);
                return s.executeUpdate();
            }
        });
    }
}
