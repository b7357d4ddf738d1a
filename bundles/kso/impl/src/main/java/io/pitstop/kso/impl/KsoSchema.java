package io.pitstop.kso.impl;

import java.sql.SQLException;
import java.util.List;

/** The plugin's tables (migration folder {@code db/kso}) and the one way their SQL failures surface. */
final class KsoSchema {
    static final String MODULE = "kso";
    static final List<String> SCRIPTS = List.of("V001__programmes_products.sql");

    private KsoSchema() {
    }

    /** A database failure is not the caller's mistake: it goes up as such, with what was being done. */
    static RuntimeException failure(String doing, SQLException e) {
        return new IllegalStateException("Could not " + doing + ": " + e.getMessage(), e);
    }
}
