package io.pitstop.core.impl.security;

import java.io.IOException;
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
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JAAS realm {@code pitstop} that REST, UI and shell log in against.
 * Configured by {@code etc/io.pitstop.security.cfg}. Members of the staff
 * directory sign in with what the directory holds; the users file is the
 * bootstrap source for logins the directory does not have yet: they are
 * imported when the realm starts and on their first login, and from then on
 * the directory decides (an administrator changes them on the users page).
 */
@Component(service = JaasRealm.class, configurationPid = "io.pitstop.security", property = PitstopRealm.NAME_PROPERTY + "=" + PitstopRealm.NAME)
@Designate(ocd = PitstopRealm.Config.class)
public class PitstopRealm implements JaasRealm {
    private static final Logger LOG = LoggerFactory.getLogger(PitstopRealm.class);
    public static final String NAME = "pitstop";
    /** Service property naming the realm, for components that must wait for it. */
    public static final String NAME_PROPERTY = "pitstop.realm";

    @ObjectClassDefinition(name = "Pitstop security")
    public @interface Config {
        @AttributeDefinition(description = "Users file; relative paths are under karaf.etc")
        String usersFile() default "pitstop-users.properties";
    }

    private volatile AppConfigurationEntry[] entries;
    private volatile Path usersFile;

    private final LateStaffCredentials staff = new LateStaffCredentials();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindStaff(StaffCredentials directory) {
        staff.set(directory);
        if (usersFile != null) {
            importUsers(new UserStore(usersFile));
        }
    }

    void unbindStaff(StaffCredentials directory) {
        staff.unset(directory);
    }

    /** Also on a change of etc/io.pitstop.security.cfg: the realm stays registered, so REST and UI stay up. */
    @Activate
    @Modified
    void activate(BundleContext context, Config config) {
        Path users = Path.of(config.usersFile());
        if (!users.isAbsolute()) {
            users = Path.of(System.getProperty("karaf.etc", "etc")).resolve(users);
        }
        usersFile = users;
        Map<String, Object> options = new HashMap<>();
        options.put(PitstopLoginModule.USERS_FILE, users.toAbsolutePath().toString());
        options.put(PitstopLoginModule.STAFF, staff);
        options.put(ProxyLoginModule.PROPERTY_MODULE, PitstopLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(BundleContext.class.getName(), context);
        entries = new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
        importUsers(new UserStore(users));
    }

    /** Logins of the users file that the directory lacks become members, with the file's hash and roles. */
    void importUsers(UserStore file) {
        try {
            int added = 0;
            for (UserStore.User user : file.all()) {
                if (staff.importIfAbsent(user.login(), user.passwordHash(), user.roles())) {
                    added++;
                }
            }
            if (added > 0) {
                LOG.info("Imported {} login(s) of the users file into the staff directory", added);
            }
        } catch (IOException | RuntimeException e) {
            // the realm still works (the file's logins sign in from the file and are imported at their first login)
            LOG.warn("Cannot import the users file's logins into the staff directory now: {}", e.getMessage());
        }
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
