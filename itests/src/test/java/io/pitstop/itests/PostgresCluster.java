package io.pitstop.itests;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL that a test can stop and start under a running server: one data directory and one port for
 * its whole life, commits durable as in production ({@code synchronous_commit} and {@code fsync} on; zonky turns
 * both off, and without the first an immediate stop loses the last commits), the superuser {@code postgres} trusted for the test's own
 * connections and every other role asked for its password, as on a real server.
 */
public final class PostgresCluster implements AutoCloseable {
    private final Path data;
    private final int port;
    private EmbeddedPostgres server;

    public PostgresCluster() throws IOException {
        data = Files.createDirectories(Path.of("target", "pg-" + System.nanoTime())).toAbsolutePath();
        port = PitstopTestSupport.freePort();
        start();
    }

    public int port() {
        return port;
    }

    /** Starts the cluster (initialised on the first start, reused after). */
    public synchronized void start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("PostgreSQL is already running on port " + port);
        }
        server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("synchronous_commit", "on")
                // zonky passes -F (no fsync); a commit that waits for the disk as in production is what a stop can
                // catch between the database's commit and the client's hearing of it
                .setServerConfig("fsync", "on")
                .setDataDirectoryCustomizer(dir -> passwordsForRoles(dir.toPath()))
                .start();
    }

    private static void passwordsForRoles(Path dir) {
        try {
            Files.writeString(dir.resolve("pg_hba.conf"), String.join("\n",
                    "local all all trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write pg_hba.conf: " + e.getMessage(), e);
        }
    }

    /** {@code pg_ctl stop -m fast}: open sessions are ended, what they had not committed is rolled back. */
    public synchronized void stopFast() throws IOException {
        server().close();
        server = null;
    }

    /**
     * {@code pg_ctl stop -m immediate} (SIGQUIT to the postmaster, as pg_ctl sends it): every process quits at
     * once without a checkpoint, and the next start recovers from the write-ahead log, as after a crash.
     */
    public synchronized void stopImmediate() throws Exception {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -QUIT " + pid + " failed");
        }
        long end = System.currentTimeMillis() + 30_000;
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("PostgreSQL (pid " + pid + ") did not quit within 30 s");
            }
            Thread.sleep(50);
        }
        // releases zonky's lock on the data directory; its own stop finds nothing left to stop
        server().close();
        server = null;
    }

    /** Creates a role with a password and a database it owns, as {@code createuser} and {@code createdb -O} do. */
    public String createDatabase(String name, String owner, String password) throws SQLException {
        try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + owner + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
            s.execute("CREATE DATABASE " + name + " OWNER " + owner);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** A connection of the trusted superuser to a database, for the test's own checks. */
    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database) + "?user=postgres");
    }

    private EmbeddedPostgres server() {
        if (server == null) {
            throw new IllegalStateException("PostgreSQL is not running");
        }
        return server;
    }

    @Override
    public synchronized void close() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
