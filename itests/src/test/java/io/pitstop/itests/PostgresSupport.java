package io.pitstop.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.ops4j.pax.exam.Option;

/**
 * A real PostgreSQL (embedded binaries, no root, no Docker) started in the
 * test JVM, one fresh database per test class; the distribution's datasource
 * file is pointed at it, exactly as an administrator would do.
 */
public final class PostgresSupport {
    private static EmbeddedPostgres server;

    private PostgresSupport() {
    }

    public static synchronized Option[] datasource() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is going away anyway
                    }
                }));
            }
            String db = "pitstop_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + db);
            }
            String cfg = "etc/org.ops4j.datasource-pitstop.cfg";
            return new Option[] {
                editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(cfg, "url", "jdbc:postgresql://localhost:" + server.getPort() + "/" + db),
                editConfigurationFilePut(cfg, "user", "postgres"),
                editConfigurationFilePut(cfg, "password", "postgres"),
            };
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
