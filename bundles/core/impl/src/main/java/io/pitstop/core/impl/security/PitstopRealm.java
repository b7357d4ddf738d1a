package io.pitstop.core.impl.security;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The JAAS realm {@code pitstop} that REST, UI and shell log in against.
 * Configured by {@code etc/io.pitstop.security.cfg}.
 */
@Component(service = JaasRealm.class, configurationPid = "io.pitstop.security", property = PitstopRealm.NAME_PROPERTY + "=" + PitstopRealm.NAME)
@Designate(ocd = PitstopRealm.Config.class)
public class PitstopRealm implements JaasRealm {
    public static final String NAME = "pitstop";
    /** Service property naming the realm, for components that must wait for it. */
    public static final String NAME_PROPERTY = "pitstop.realm";

    @ObjectClassDefinition(name = "Pitstop security")
    public @interface Config {
        @AttributeDefinition(description = "Users file; relative paths are under karaf.etc")
        String usersFile() default "pitstop-users.properties";
    }

    private volatile AppConfigurationEntry[] entries;

    /** Also on a change of etc/io.pitstop.security.cfg: the realm stays registered, so REST and UI stay up. */
    @Activate
    @Modified
    void activate(BundleContext context, Config config) {
        Path users = Path.of(config.usersFile());
        if (!users.isAbsolute()) {
            users = Path.of(System.getProperty("karaf.etc", "etc")).resolve(users);
        }
        Map<String, Object> options = new HashMap<>();
        options.put(PitstopLoginModule.USERS_FILE, users.toAbsolutePath().toString());
        options.put(ProxyLoginModule.PROPERTY_MODULE, PitstopLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(BundleContext.class.getName(), context);
        entries = new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries;
    }
}
