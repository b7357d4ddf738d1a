package io.pitstop.ledger.impl;

import io.pitstop.core.api.SchemaMigrations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Applies migration scripts straight to a fresh database, for tests and
 * benchmarks that run without the core's migration service; like that
 * service it prefers a script's dialect twin ({@code V002__x.postgresql.sql}).
 */
public final class ScriptMigrations implements SchemaMigrations {
    private final DataSource dataSource;

    public ScriptMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void migrate(String module, ClassLoader loader, String folder, List<String> scripts) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            String dialect = product.contains("postgres") ? "postgresql" : "derby";
            for (String script : scripts) {
                String sql;
                String base = script.substring(0, script.length() - ".sql".length());
                InputStream twin = loader.getResourceAsStream(folder + "/" + base + "." + dialect + ".sql");
                try (InputStream in = twin != null ? twin : loader.getResourceAsStream(folder + "/" + script)) {
                    sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                StringBuilder statement = new StringBuilder();
                for (String line : sql.split("\n")) {
                    if (line.trim().startsWith("--")) {
                        continue;
                    }
                    statement.append(line).append('\n');
                    if (line.trim().endsWith(";")) {
                        String text = statement.toString().trim();
                        s.execute(text.substring(0, text.length() - 1));
                        statement.setLength(0);
                    }
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Migration of " + module + " failed: " + e.getMessage(), e);
        }
    }
}
