package io.pitstop.ledger.impl;

import io.pitstop.core.api.Transactions;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Local transactions for tests and benchmarks, shaped like the JTA setup in
 * the container: a transaction binds one connection to the thread, and the
 * data source from {@link #dataSource()} hands out that connection (closing
 * it is a no-op) while the transaction runs.
 */
public final class ThreadBoundTransactions implements Transactions {
    private final DataSource pool;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final DataSource bound = new BoundDataSource();

    public ThreadBoundTransactions(DataSource pool) {
        this.pool = pool;
    }

    /** The data source to give the code under test. */
    public DataSource dataSource() {
        return bound;
    }

    @Override
    public <T> T required(Callable<T> work) {
        if (current.get() != null) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return inNew(work);
    }

    @Override
    public boolean active() {
        return current.get() != null;
    }

    @Override
    public <T> T requiresNew(Callable<T> work) {
        Connection suspended = current.get();
        current.remove();
        try {
            return inNew(work);
        } finally {
            if (suspended != null) {
                current.set(suspended);
            }
        }
    }

    private <T> T inNew(Callable<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.call();
                c.commit();
                return result;
            } catch (Throwable t) {
                try {
                    c.rollback();
                } catch (SQLException e) {
                    t.addSuppressed(e);
                }
                if (t instanceof RuntimeException) {
                    throw (RuntimeException) t;
                }
                if (t instanceof Error) {
                    throw (Error) t;
                }
                throw new IllegalStateException(t);
            } finally {
                current.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Transaction failed: " + e.getMessage(), e);
        }
    }

    private Connection unclosable(Connection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            return null;
                        case "isClosed":
                            return false;
                        default:
                            try {
                                return method.invoke(c, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    private final class BoundDataSource implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            Connection c = current.get();
            return c == null ? pool.getConnection() : unclosable(c);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
