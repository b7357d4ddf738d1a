package io.pitstop.core.impl;

import io.pitstop.core.api.DeadLetter;
import io.pitstop.core.api.DeadLetters;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.SchemaMigrations;
import io.pitstop.core.api.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Dead letters in {@code dead_letter}, written in a transaction of their own. */
@Component(service = DeadLetters.class)
public class JdbcDeadLetters implements DeadLetters {
    private static final int MAX_BODY = 32000;

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private SchemaMigrations migrations;

    @Reference
    private Transactions transactions;

    @Override
    public DeadLetter record(String source, String error, String body) {
        DeadLetter letter = new DeadLetter(UUID.randomUUID(), Instant.now(), clip(source, 200), clip(error == null ? "unknown error" : error, 4000),
                body == null ? null : clip(body, MAX_BODY));
        return transactions.requiresNew(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO dead_letter (id, at_utc, source, error, body) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, letter.id().toString());
                ps.setTimestamp(2, Sql.timestamp(letter.at()));
                ps.setString(3, letter.source());
                ps.setString(4, letter.error());
                ps.setString(5, letter.body());
                ps.executeUpdate();
            }
            return letter;
        });
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Override
    public Page<DeadLetter> list(String source, PageRequest page) {
        String where = source == null ? "" : " WHERE source = ?";
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM dead_letter" + where)) {
                if (source != null) {
                    ps.setString(1, source);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<DeadLetter> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at_utc, source, error, body FROM dead_letter" + where
                    + " ORDER BY at_utc DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int i = 1;
                if (source != null) {
                    ps.setString(i++, source);
                }
                ps.setInt(i++, page.offset());
                ps.setInt(i, page.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new DeadLetter(UUID.fromString(rs.getString(1)), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5)));
                    }
                }
            }
            return new Page<>(items, total, page.offset(), page.limit());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read dead letters: " + e.getMessage(), e);
        }
    }
}
