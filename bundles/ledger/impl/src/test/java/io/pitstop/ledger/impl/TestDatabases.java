package io.pitstop.ledger.impl;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.BasicDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * Fresh databases for ledger tests: in-memory Derby, or a new database on one
 * embedded PostgreSQL per test run (the production path uses PostgreSQL-only
 * statements, so every ledger test runs on both).
 */
final class TestDatabases {
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    static synchronized DataSource fresh(String database) {
        if ("derby".equals(database)) {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName("memory:ledger" + UUID.randomUUID());
            derby.setCreateDatabase("create");
            return derby;
        }
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                EmbeddedPostgres started = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is going away
                    }
                }));
            }
            String name = "ledger_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            BasicDataSource pool = new BasicDataSource();
            pool.setUrl(postgres.getJdbcUrl("postgres", name));
            pool.setMaxTotal(12);
            pool.setMaxIdle(12);
            pool.setTestOnBorrow(false);
            return pool;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot start the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    static void close(DataSource dataSource) {
        if (dataSource instanceof BasicDataSource) {
            try {
                ((BasicDataSource) dataSource).close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Base of ledger tests: each test runs on Derby and on PostgreSQL with a fresh fixture. */
    @RunWith(Parameterized.class)
    public abstract static class OnBoth {
        @Parameterized.Parameter
        public String database;

        protected LedgerFixture f;

        @Parameterized.Parameters(name = "{0}")
        public static Object[] databases() {
            return new Object[] {"derby", "postgresql"};
        }

        @Before
        public void openFixture() {
            f = new LedgerFixture(fresh(database));
        }

        @After
        public void closeFixture() {
            f.close();
        }
    }
}
