package io.pitstop.kso.impl;

import io.pitstop.core.api.staff.RoleDeclaration;
import io.pitstop.kso.api.KsoRoles;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The credit-programme administrator, a role the plugin brings: while it runs an administrator may give it to
 * staff, and it leaves with the plugin.
 */
@Component(immediate = true, service = {})
public class ProgrammeAdminRole {
    private ServiceRegistration<RoleDeclaration> registration;

    @Activate
    void activate(BundleContext context) {
        registration = context.registerService(RoleDeclaration.class, new RoleDeclaration(KsoRoles.PROGRAMME_ADMIN,
                Map.of("en", "Credit programme administrator", "ru", "Администратор кредитных программ")), null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
