package io.pitstop.core.impl;

import io.pitstop.core.api.SchemaMigrations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plain ordered SQL migrations, tracked per module in {@code pitstop_schema}.
 * Chosen over Liquibase because the scripts are few, must read the same on
 * Derby and PostgreSQL, and a migration tool of our own needs no extender
 * bundles (Liquibase needs spifly and five commons libraries at run time).
 */
@Component(service = SchemaMigrations.class)
public class SchemaMigrationsImpl implements SchemaMigrations {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrationsImpl.class);
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
    /** The core's own tables (audit log, event outbox, dead letters) come with the service itself. */
    static final List<String> CORE_SCRIPTS = List.of("V001__core.sql", "V002__dead_letters.sql", "V003__outbox_without_identity.sql",
            "V004__staff.sql", "V005__jobs.sql", "V006__dead_letter_handling.sql");

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    private String dialect;

    public SchemaMigrationsImpl() {
    }

    SchemaMigrationsImpl(DataSource dataSource) throws SQLException {
        this(dataSource, CORE_SCRIPTS);
    }

    /** A core schema at an older version: for tests of a migration over existing data. */
    SchemaMigrationsImpl(DataSource dataSource, List<String> coreScripts) throws SQLException {
        this.dataSource = dataSource;
        start(coreScripts);
    }

    @Activate
    void activate() throws SQLException {
        start(CORE_SCRIPTS);
    }

    private void start(List<String> coreScripts) throws SQLException {
        dialect = Sql.dialect(dataSource);
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c, "pitstop_schema")) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE pitstop_schema (module VARCHAR(60) NOT NULL, version INTEGER NOT NULL, "
                            + "script VARCHAR(200) NOT NULL, checksum CHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL, "
                            + "PRIMARY KEY (module, version))");
                } catch (SQLException e) {
                    // another bundle or node created it in the meantime
                    if (!tableExists(c, "pitstop_schema")) {
                        throw e;
                    }
                }
            }
        }
        migrate("core", SchemaMigrationsImpl.class.getClassLoader(), "db/core", coreScripts);
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String name : new String[] {table, table.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet rs = md.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public synchronized void migrate(String module, ClassLoader loader, String folder, List<String> scripts) {
        try {
            Map<Integer, String> applied = applied(module);
            List<String> ordered = new ArrayList<>(scripts);
            ordered.sort((a, b) -> Integer.compare(version(a), version(b)));
            for (String script : ordered) {
                int version = version(script);
                String sql = read(loader, folder, script);
                String checksum = Digests.sha256(sql);
                String done = applied.get(version);
                if (done != null) {
                    if (!done.equals(checksum)) {
                        throw new IllegalStateException("Migration " + module + "/" + script
                                + " was changed after it was applied; add a new script instead");
                    }
                    continue;
                }
                apply(module, version, script, sql, checksum);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Schema migration of module '" + module + "' failed: " + e.getMessage(), e);
        }
    }

    private Map<Integer, String> applied(String module) throws SQLException {
        Map<Integer, String> result = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT version, checksum FROM pitstop_schema WHERE module = ?")) {
            ps.setString(1, module);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return result;
    }

    private void apply(String module, int version, String script, String sql, String checksum) throws SQLException {
        LOG.info("Applying schema migration {}/{}", module, script);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : statements(sql)) {
                    s.execute(statement);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO pitstop_schema (module, version, script, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, module);
                    ps.setInt(2, version);
                    ps.setString(3, script);
                    ps.setString(4, checksum);
                    ps.setTimestamp(5, Sql.timestamp(Instant.now()));
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException(script + ": " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private String read(ClassLoader loader, String folder, String script) throws IOException {
        String base = script.substring(0, script.length() - ".sql".length());
        InputStream in = loader.getResourceAsStream(folder + "/" + base + "." + dialect + ".sql");
        if (in == null) {
            in = loader.getResourceAsStream(folder + "/" + script);
        }
        if (in == null) {
            throw new IOException("Migration script " + folder + "/" + script + " not found");
        }
        try (InputStream s = in) {
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int version(String script) {
        Matcher m = NAME.matcher(script);
        if (!m.matches()) {
            throw new IllegalArgumentException("Migration script name must look like V001__what.sql: " + script);
        }
        return Integer.parseInt(m.group(1));
    }

    /** Splits on semicolons at line ends; comment lines are dropped. */
    static List<String> statements(String sql) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String stmt = current.toString().trim();
                result.add(stmt.substring(0, stmt.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().trim());
        }
        return result;
    }
}
