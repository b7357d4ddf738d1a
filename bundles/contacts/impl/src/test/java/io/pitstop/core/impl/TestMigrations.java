package io.pitstop.core.impl;

import io.pitstop.core.api.SchemaMigrations;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The core's real migration runner on a test database (its constructor is package-private). */
public final class TestMigrations {
    private TestMigrations() {
    }

    public static SchemaMigrations on(DataSource dataSource) throws SQLException {
        return new SchemaMigrationsImpl(dataSource);
    }
}
