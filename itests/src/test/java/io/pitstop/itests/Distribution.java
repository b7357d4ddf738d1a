package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

/**
 * The real distribution run as an administrator runs it: unpacked from the
 * build's tar.gz, ports moved to free ones, started and stopped with its own
 * bin/ scripts. For tests that need a server process of their own (restart,
 * browser), as opposed to Pax Exam's in-container probes.
 */
public final class Distribution implements AutoCloseable {
    private final Path home;
    private final int port;

    public Distribution(String users) throws Exception {
        File dist = new File("../karaf-assembly/target/pitstop-karaf-" + System.getProperty("pitstop.version") + ".tar.gz");
        assertTrue("distribution not built: " + dist, dist.isFile());
        home = Files.createDirectories(Path.of("target", "dist-" + System.nanoTime())).toAbsolutePath();
        run(home.toFile(), "tar", "xzf", dist.getAbsolutePath(), "--strip-components=1");
        port = PitstopTestSupport.freePort();
        Path etc = home.resolve("etc");
        Files.writeString(etc.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port = " + port + "\n");
        replace(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort *= *\\d+", "sshPort = " + PitstopTestSupport.freePort());
        replace(etc.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort *= *\\d+", "rmiRegistryPort = " + PitstopTestSupport.freePort());
        replace(etc.resolve("org.apache.karaf.management.cfg"), "rmiServerPort *= *\\d+", "rmiServerPort = " + PitstopTestSupport.freePort());
        Files.writeString(etc.resolve("pitstop-users.properties"), users);
    }

    /** Adds a feature to the boot features, as ./pitstop does with the demo data. */
    public void boot(String feature) throws IOException {
        replace(home.resolve("etc/org.apache.karaf.features.cfg"), "(?m)^( *pitstop-core/[^,]*, *\\\\)$",
                "$1\n    " + feature + ", \\\\");
    }

    /** Lines of data/log/karaf.log (empty before the first start). */
    public List<String> log() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    /** Kills the server's JVM as a power cut would (kill -9), without the shutdown that stop() asks for. */
    public void kill() throws Exception {
        long pid = Long.parseLong(Files.readString(home.resolve("karaf.pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no Karaf process " + pid));
        process.destroyForcibly();
        process.onExit().get(60, TimeUnit.SECONDS);
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    /**
     * Points the server at a PostgreSQL database the way the README tells an administrator to: the template from
     * config/ over etc/, with URL, user and password set.
     */
    public void usePostgres(String url, String user, String password) throws IOException {
        Path template = Path.of(System.getProperty("pitstop.config.dir", "../config"), "org.ops4j.datasource-pitstop.cfg");
        Path cfg = home.resolve("etc/org.ops4j.datasource-pitstop.cfg");
        Files.copy(template, cfg, StandardCopyOption.REPLACE_EXISTING);
        replace(cfg, "(?m)^url *=.*$", Matcher.quoteReplacement("url = " + url));
        replace(cfg, "(?m)^user *=.*$", Matcher.quoteReplacement("user = " + user));
        replace(cfg, "(?m)^password *=.*$", Matcher.quoteReplacement("password = " + password));
    }

    private static void replace(Path file, String regex, String value) throws IOException {
        Files.writeString(file, Files.readString(file).replaceAll(regex, value));
    }

    /** Starts the server and waits for /api/health; returns a client pointed at it. */
    public Http start() throws Exception {
        System.setProperty(PitstopTestSupport.HTTP_PORT_PROPERTY, Integer.toString(port));
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/start").toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // JVM options come from the distribution's own bin/setenv, as for an administrator
        pb.environment().remove("EXTRA_JAVA_OPTS");
        // the console output of the server (a refused start says why there) goes to data/log/console.log
        Files.createDirectories(home.resolve("data/log"));
        pb.environment().put("KARAF_REDIRECT", home.resolve("data/log/console.log").toString());
        assertEquals(0, pb.start().waitFor());
        Http http = new Http();
        http.await("health", null, 240_000);
        return http;
    }

    public boolean running() throws Exception {
        return new ProcessBuilder(home.resolve("bin/status").toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    }

    /**
     * Stops the server and waits for its JVM to exit: bin/status says "not running" as soon as the
     * shutdown port closes, but bin/start refuses to start while the old process still exists.
     */
    public void stop() throws Exception {
        long pid = Long.parseLong(Files.readString(home.resolve("karaf.pid")).trim());
        run(home.toFile(), home.resolve("bin/stop").toString());
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            if (!running() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Karaf (pid " + pid + ") did not stop within 60 s");
    }

    @Override
    public void close() throws Exception {
        if (Files.exists(home.resolve("bin/status")) && running()) {
            stop();
        }
    }

    private static void run(File dir, String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command)).directory(dir).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(String.join(" ", command), 0, p.exitValue());
    }
}
