package io.pitstop.core.impl.time;

import io.pitstop.core.api.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/**
 * The system clock, optionally moved by configuration PID {@code io.pitstop.clock}: {@code fixed} (an ISO
 * instant) stops it at that instant, {@code offset} (an ISO duration such as {@code P1DT2H} or {@code -PT30M})
 * shifts it; {@code zone} is the company's zone. A test server moves it through ConfigurationAdmin; production has
 * no such file. An unreadable value fails loudly at configuration time rather than leaving a clock that is silently wrong.
 */
@Component(service = Clock.class, configurationPid = Clock.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ConfiguredClock implements Clock {
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

    private volatile Setting setting = new Setting(null, Duration.ZERO, DEFAULT_ZONE);

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        setting = Setting.of(properties);
    }

    @Override
    public Instant now() {
        Setting s = setting;
        return (s.fixed == null ? Instant.now() : s.fixed).plus(s.offset);
    }

    @Override
    public ZoneId zone() {
        return setting.zone;
    }

    /** One immutable reading of the configuration, so a reader never sees half of an update. */
    record Setting(Instant fixed, Duration offset, ZoneId zone) {
        static Setting of(Map<String, Object> p) {
            Object fixed = p.get("fixed");
            Object offset = p.get("offset");
            Object zone = p.get("zone");
            return new Setting(
                    blank(fixed) ? null : Instant.parse(fixed.toString().trim()),
                    blank(offset) ? Duration.ZERO : Duration.parse(offset.toString().trim()),
                    blank(zone) ? DEFAULT_ZONE : ZoneId.of(zone.toString().trim()));
        }

        private static boolean blank(Object value) {
            return value == null || value.toString().isBlank();
        }
    }
}
