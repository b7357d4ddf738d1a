package io.pitstop.sample;

import io.pitstop.core.api.HealthCheck;
import org.osgi.service.component.annotations.Component;

/**
 * The plugin's place in {@code /api/health}: a real plugin checks what it
 * depends on (a bank gateway, a mail server); the sample has nothing outside
 * the server and always passes.
 */
@Component(service = HealthCheck.class)
public class SampleHealth implements HealthCheck {
    @Override
    public String name() {
        return "sample";
    }

    @Override
    public Result check() {
        return Result.passing();
    }
}
