package io.pitstop.contacts.impl;

import java.util.HashMap;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;
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
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("openjpa.ConnectionFactoryName", "");
        props.put("openjpa.ConnectionURL", jdbcUrl);
        props.put("openjpa.ConnectionDriverName", "org.apache.derby.jdbc.EmbeddedDriver");
        props.put("openjpa.ManagedRuntime", "invocation");
        props.put("openjpa.TransactionMode", "local");
        props.put("openjpa.ConnectionFactoryMode", "local");
        emf = Persistence.createEntityManagerFactory("pitstop-contacts", props);
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
