package io.pitstop.billing.impl;

import io.pitstop.core.api.SchemaMigrations;
import java.sql.SQLException;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The plugin's tables (migration folder {@code db/billing}), migrated once when the plugin starts; services that read
 * them reference this component so that they start after it.
 */
@Component(service = BillingSchema.class, immediate = true)
public class BillingSchema {
    static final String MODULE = "billing";
    static final List<String> SCRIPTS = List.of("V001__catalogue_subscriptions_charges.sql", "V002__promo_codes.sql");

    @Reference
    private SchemaMigrations migrations;

    @Activate
    void activate() {
        migrations.migrate(MODULE, BillingSchema.class.getClassLoader(), "db/" + MODULE, SCRIPTS);
    }

    /** A database failure is not the caller's mistake: it goes up as such, with what was being done. */
    static RuntimeException failure(String doing, SQLException e) {
        return new IllegalStateException("Could not " + doing + ": " + e.getMessage(), e);
    }

    /** Reads one record by its code on an open connection; empty when there is none. */
    interface ByCode<T> {
        java.util.Optional<T> find(java.sql.Connection c, String code) throws SQLException;
    }

    /**
     * The records whose codes the query answers, in its order, each read by {@code find} on the same connection:
     * the catalogue's products and the promo codes are listed this way.
     */
    static <T> List<T> byCodes(java.sql.Connection c, String codesSql, ByCode<T> find) throws SQLException {
        List<String> codes = new java.util.ArrayList<>();
        try (java.sql.PreparedStatement ps = c.prepareStatement(codesSql); java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        List<T> out = new java.util.ArrayList<>();
        for (String code : codes) {
            find.find(c, code).ifPresent(out::add);
        }
        return out;
    }
}
