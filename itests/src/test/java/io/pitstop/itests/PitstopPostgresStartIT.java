package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/**
 * The README's switch to PostgreSQL, done with the README's command: {@code ./pitstop start --postgresql}. A wrong
 * password ends the start quickly with the driver's reason; the right one starts the server on PostgreSQL and says
 * so; a rebuild (a new run copy) and a plain {@code ./pitstop start} stay on PostgreSQL; {@code --derby} goes back.
 */
public class PitstopPostgresStartIT {
    private static final String PASSWORD = "s3cret-Pitstop";

    @Test
    public void startSwitchesToPostgresFailsFastOnAWrongPasswordKeepsTheSwitchAcrossRebuildsAndGoesBack() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "pitstop-home-" + System.nanoTime())).toAbsolutePath();
        Map<String, String> env = new HashMap<>();
        env.put("PITSTOP_HOME", home.toString());
        env.put("PITSTOP_SKIP_BUILD", "1");
        env.put("PITSTOP_HTTP_PORT", Integer.toString(PitstopTestSupport.freePort()));
        env.put("PITSTOP_SSH_PORT", Integer.toString(PitstopTestSupport.freePort()));
        env.put("PITSTOP_RMI_REGISTRY_PORT", Integer.toString(PitstopTestSupport.freePort()));
        env.put("PITSTOP_RMI_SERVER_PORT", Integer.toString(PitstopTestSupport.freePort()));
        // what is checked here is the start and its database, not the plugins: the core's demo alone, and a refusal
        // taken as final after 5 s instead of 20 (the script's documented switches)
        env.put("PITSTOP_DEMO_PLUGINS", "no");
        env.put("PITSTOP_DB_PATIENCE", "5");
        try (PostgresCluster pg = new PostgresCluster()) {
            String url = pg.createDatabase("pitstop", "pitstop", PASSWORD);
            env.put("PITSTOP_DB_URL", url);
            try {
                env.put("PITSTOP_DB_PASSWORD", "wrong");
                long before = System.currentTimeMillis();
                Run refused = pitstop(env, "start", "--postgresql");
                long took = System.currentTimeMillis() - before;
                assertEquals(refused.output(), 1, refused.exit());
                assertTrue(refused.output(), refused.output().contains("password authentication failed for user \"pitstop\""));
                assertTrue(refused.output(), refused.output().contains("PostgreSQL " + url));
                assertFalse(refused.output(), refused.output().contains("Derby"));
                // it gave up on the database's word, not after the three minutes of waiting for an API that cannot come
                assertFalse(refused.output(), refused.output().contains("did not answer"));
                assertTrue("the refused start took " + took + " ms", took < 240_000);
                assertFalse("the refused server is still running", status(home));
                String boot = Files.readString(home.resolve("run/etc/org.apache.karaf.features.cfg"));
                assertTrue("PITSTOP_DEMO_PLUGINS=no keeps the core's demo: " + boot, boot.contains("pitstop-demo,"));
                assertFalse("PITSTOP_DEMO_PLUGINS=no boots no plugin: " + boot, boot.contains("pitstop-kso"));

                env.put("PITSTOP_DB_PASSWORD", PASSWORD);
                Run started = pitstop(env, "start", "--postgresql");
                assertEquals(started.output(), 0, started.exit());
                assertTrue(started.output(), started.output().contains("Pitstop is running on PostgreSQL " + url + " as pitstop"));
                assertEquals("the kept file holds a password", "rw-------",
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("datasource.cfg"))));
                assertTrue("the server did not migrate PostgreSQL", migrations(pg) > 0);
                assertEquals(0, pitstop(env, "stop").exit());

                // a rebuild: the run copy is older than the distribution and is unpacked anew
                Files.setLastModifiedTime(home.resolve("run/.unpacked"), FileTime.fromMillis(0));
                env.remove("PITSTOP_DB_URL");
                env.remove("PITSTOP_DB_PASSWORD");
                Run again = pitstop(env, "start");
                assertEquals(again.output(), 0, again.exit());
                assertTrue(again.output(), again.output().contains("Pitstop is running on PostgreSQL " + url));
                assertTrue(Files.readString(home.resolve("run/etc/org.ops4j.datasource-pitstop.cfg")).contains("url = " + url));
                assertTrue("the run copy was not unpacked again",
                        Files.getLastModifiedTime(home.resolve("run/.unpacked")).toMillis() > 0);

                // a switch under a running server would change its database behind its back: refused
                Run busy = pitstop(env, "start", "--derby");
                assertEquals(busy.output(), 1, busy.exit());
                assertTrue(busy.output(), busy.output().contains("stop it first"));
                assertTrue("the kept file went with a refused switch", Files.exists(home.resolve("datasource.cfg")));
                assertEquals(0, pitstop(env, "stop").exit());

                Run derby = pitstop(env, "start", "--derby");
                assertEquals(derby.output(), 0, derby.exit());
                assertTrue(derby.output(), derby.output().contains("Pitstop is running on embedded Derby under " + home.resolve("run/data/derby")));
                assertFalse(Files.exists(home.resolve("datasource.cfg")));
            } finally {
                pitstop(env, "stop");
            }
        }
    }

    private record Run(int exit, String output) {
    }

    private static Run pitstop(Map<String, String> env, String... args) throws Exception {
        File script = new File("../pitstop").getCanonicalFile();
        List<String> command = new ArrayList<>(List.of(script.getPath()));
        command.addAll(List.of(args));
        File log = File.createTempFile("pitstop-", ".log", new File("target"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        pb.environment().putAll(env);
        pb.environment().remove("EXTRA_JAVA_OPTS");
        Process p = pb.start();
        if (!p.waitFor(480, TimeUnit.SECONDS)) {
            p.destroy();
            throw new AssertionError("./pitstop " + String.join(" ", args) + " did not end in 8 minutes: " + Files.readString(log.toPath()));
        }
        String output = Files.readString(log.toPath());
        System.out.println("./pitstop " + String.join(" ", args) + " -> " + p.exitValue() + "\n" + output);
        return new Run(p.exitValue(), output);
    }

    private static boolean status(Path home) throws Exception {
        return new ProcessBuilder(home.resolve("run/bin/status").toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    }

    private static long migrations(PostgresCluster pg) throws Exception {
        try (Connection c = pg.superuser("pitstop"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM pitstop_schema")) {
            r.next();
            return r.getLong(1);
        }
    }
}
