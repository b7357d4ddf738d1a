package io.pitstop.kso.impl;

import io.pitstop.core.api.SchemaMigrations;
import java.sql.SQLException;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The plugin's tables (migration folder {@code db/kso}), migrated once when the plugin starts; services that read
 * them reference this component so that they start after it. Scripts are numbered by concern: programmes and
 * products from V001, applications and rewards from V100.
 */
@Component(service = KsoSchema.class, immediate = true)
public class KsoSchema {
    static final String MODULE = "kso";
    static final List<String> SCRIPTS = List.of("V001__programmes_products.sql", "V100__applications.sql");

    @Reference
    private SchemaMigrations migrations;

    @Activate
    void activate() {
        migrations.migrate(MODULE, KsoSchema.class.getClassLoader(), "db/" + MODULE, SCRIPTS);
    }

    /** A database failure is not the caller's mistake: it goes up as such, with what was being done. */
    static RuntimeException failure(String doing, SQLException e) {
        return new IllegalStateException("Could not " + doing + ": " + e.getMessage(), e);
    }
}
