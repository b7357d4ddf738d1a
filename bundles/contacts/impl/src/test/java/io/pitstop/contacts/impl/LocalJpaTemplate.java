package io.pitstop.contacts.impl;

import java.util.HashMap;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The bundle's own persistence unit outside OSGi: same entities and
 * mapping, with a local transaction on a Derby URL instead of JTA. Nested
 * calls join the outer transaction as Required does in the container.
 */
final class LocalJpaTemplate implements JpaTemplate, AutoCloseable {
    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    LocalJpaTemplate(String jdbcUrl) {
        this("pitstop-contacts", Map.of("openjpa.ConnectionURL", jdbcUrl,
                "openjpa.ConnectionDriverName", "org.apache.derby.jdbc.EmbeddedDriver"));
    }

    /** A unit (this bundle's or another's on the class path) on a ready pool, as the container gives it one. */
    LocalJpaTemplate(String unit, DataSource dataSource) {
        this(unit, Map.of("openjpa.ConnectionFactory", dataSource));
    }

    private LocalJpaTemplate(String unit, Map<String, Object> connection) {
        Map<String, Object> props = new HashMap<>(connection);
        props.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("openjpa.ConnectionFactoryName", "");
        props.put("openjpa.ManagedRuntime", "invocation");
        props.put("openjpa.TransactionMode", "local");
        props.put("openjpa.ConnectionFactoryMode", "local");
        emf = Persistence.createEntityManagerFactory(unit, props);
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        EntityManager joined = current.get();
        if (joined != null) {
            return code.apply(joined);
        }
        EntityManager em = emf.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            R result = code.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            current.remove();
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    @Override
    public void close() {
        emf.close();
    }
}
