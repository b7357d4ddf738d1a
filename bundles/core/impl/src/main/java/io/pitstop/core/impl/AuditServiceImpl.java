package io.pitstop.core.impl;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.SchemaMigrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * JDBC on the shared JTA data source: inside a caller's transaction the pool
 * hands out that transaction's connection, so the audit row commits or rolls
 * back with the change it describes.
 */
@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {
    private static final int MAX_JSON = 32000;

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    /** Only to order activation after the audit table exists. */
    @Reference
    private SchemaMigrations migrations;

    private final Json json = new Json();

    public AuditServiceImpl() {
    }

    AuditServiceImpl(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(Actor actor, RecordRef subject, String action, Map<String, ?> before, Map<String, ?> after) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (id, at_utc, actor, subject_type, subject_id, action, "
                     + "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setTimestamp(2, Sql.timestamp(Instant.now()));
            ps.setString(3, actor.name());
            ps.setString(4, subject.type());
            ps.setString(5, subject.id().toString());
            ps.setString(6, action);
            ps.setString(7, clip(json.write(before)));
            ps.setString(8, clip(json.write(after)));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write audit record for " + subject + ": " + e.getMessage(), e);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_JSON ? text : text.substring(0, MAX_JSON - 1) + "…";
    }

    @Override
    public Page<AuditEntry> history(RecordRef subject, PageRequest page) {
        List<AuditEntry> items = new ArrayList<>();
        long total;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM audit_log WHERE subject_type = ? AND subject_id = ?")) {
                ps.setString(1, subject.type());
                ps.setString(2, subject.id().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at_utc, actor, action, before_json, after_json FROM audit_log "
                    + "WHERE subject_type = ? AND subject_id = ? ORDER BY at_utc DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                ps.setString(1, subject.type());
                ps.setString(2, subject.id().toString());
                ps.setInt(3, page.offset());
                ps.setInt(4, page.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new AuditEntry(UUID.fromString(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                                rs.getString(3), subject, rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read audit history of " + subject + ": " + e.getMessage(), e);
        }
        return new Page<>(items, total, page.offset(), page.limit());
    }
}
