package io.pitstop.core.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** Small JDBC helpers shared by the core services. */
final class Sql {
    private Sql() {
    }

    /** Database product in lower case: {@code postgresql} or {@code derby}. */
    static String dialect(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : product.contains("derby") ? "derby" : product;
        }
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
