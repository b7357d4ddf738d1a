package io.pitstop.sample;

import io.pitstop.core.api.staff.RoleDeclaration;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The plugin's own role, {@code sample-operator}: while the plugin runs an administrator may give it to staff, and
 * {@code GET /api/sample/operator} admits only its holders. A real plugin declares e.g. a credit-programme
 * administrator the same way. {@link RoleDeclaration} is a value, so it is registered from here and goes with the
 * plugin.
 */
@Component(immediate = true, service = {})
public class SampleOperatorRole {
    public static final String NAME = "sample-operator";

    private ServiceRegistration<RoleDeclaration> registration;

    @Activate
    void activate(BundleContext context) {
        registration = context.registerService(RoleDeclaration.class,
                new RoleDeclaration(NAME, Map.of("en", "Sample operator", "ru", "Оператор примера")), null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
