package io.pitstop.core.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.HealthCheck;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.Test;

public class DatabaseHealthTest {
    private static final String DRIVER = "FATAL: password authentication failed for user \"pitstop\"";

    /** What the XA pool throws for a wrong password: its own words around the driver's. */
    private static SQLException pooled() {
        SQLException driver = new SQLException(DRIVER, "28P01");
        RuntimeException pool = new IllegalStateException("Unable to create a pooled object", driver);
        return new SQLException("Cannot get a connection, general error", pool);
    }

    private static DataSource refusing(SQLException e) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        throw e;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static DataSource answering() {
        Connection connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> method.getName().equals("isValid") ? Boolean.TRUE : null);
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> connection);
    }

    private static void use(DatabaseHealth health, DataSource ds) throws ReflectiveOperationException {
        Field f = DatabaseHealth.class.getDeclaredField("dataSource");
        f.setAccessible(true);
        f.set(health, ds);
    }

    @Test
    public void theDriversMessageIsFoundUnderThePoolsWords() {
        assertEquals(DRIVER, DatabaseHealth.driverMessage(pooled()));
        assertEquals("no SQL here", DatabaseHealth.driverMessage(new RuntimeException(new IllegalStateException("no SQL here"))));
    }

    @Test
    public void aRefusedConnectionIsDownWithTheDriversMessageAndTheFileToCheck() throws Exception {
        DatabaseHealth health = new DatabaseHealth();
        use(health, refusing(pooled()));
        HealthCheck.Result result = health.check();
        assertFalse(result.up());
        assertTrue(result.detail(), result.detail().startsWith(DRIVER));
        assertTrue(result.detail(), result.detail().contains("etc/org.ops4j.datasource-pitstop.cfg"));
    }

    @Test
    public void anOutageEndsWhenTheDatabaseAnswersAgain() throws Exception {
        DatabaseHealth health = new DatabaseHealth();
        use(health, null);
        assertFalse(health.check().up());
        use(health, answering());
        assertTrue(health.check().up());
        use(health, refusing(pooled()));
        assertFalse(health.check().up());
    }
}
