package io.pitstop.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;

/**
 * Boots the real Pitstop distribution once per test class on free ports,
 * with one demo user per role (login = password = role name) and a user
 * without roles. Runs in the test JVM only (inside {@code @Configuration}).
 */
public final class PitstopTestSupport {
    public static final String HTTP_PORT_PROPERTY = "pitstop.itest.http.port";
    static final String KARAF_VERSION = "4.4.10";

    private PitstopTestSupport() {
    }

    /** The distribution with Derby (its default datasource) plus the given extra options. */
    public static Option[] distribution(Option... extra) {
        int http = freePort();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(maven("io.pitstop", "pitstop-karaf").versionAsInProject().type("tar.gz"))
                        .name("Pitstop").unpackDirectory(new File("target/exam")).useDeployFolder(false),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevelOption.LogLevel.WARN),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(http)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")),
                systemProperty(HTTP_PORT_PROPERTY).value(Integer.toString(http)),
                // where tests inside the container write reports the build prints (itests/target)
                systemProperty("pitstop.itest.target").value(new File("target").getAbsolutePath()),
                systemProperty("pitstop.config.dir").value(new File("../config").getAbsolutePath()),
                // on a busy 2-core machine the probe's services take longer than Pax Exam's 10 s default
                systemProperty("pax.exam.service.timeout").value("180000"),
                systemTimeout(300_000),
                vmOptions(javaModuleOptions())));
        for (String role : List.of("admin", "manager", "accountant", "support", "integrator")) {
            options.add(editConfigurationFilePut("etc/pitstop-users.properties", role, role + "," + role));
        }
        options.add(editConfigurationFilePut("etc/pitstop-users.properties", "nobody", "nobody"));
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    /** What bin/karaf passes on Java 17; Pax Exam leaves it out (the paths are relative to the Karaf home it runs in). */
    private static String[] javaModuleOptions() {
        return new String[] {
            "-Djdk.util.zip.disableZip64ExtraFieldValidation=true",
            "-Xmx1g",
            "--add-reads=java.xml=java.logging",
            "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
            "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + KARAF_VERSION + ".jar",
            "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + KARAF_VERSION + ".jar",
            "--add-opens", "java.base/java.security=ALL-UNNAMED",
            "--add-opens", "java.base/java.net=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
            "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
            "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
            "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
        };
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
