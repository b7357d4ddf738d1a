package io.pitstop.payments.impl;

import io.pitstop.core.api.HealthCheck;
import io.pitstop.core.api.PageRequest;
import io.pitstop.payments.api.PaymentQuery;
import io.pitstop.payments.api.PaymentService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code payments} in /api/health: the payments can be read (the plugin's tables exist and answer). */
@Component(service = HealthCheck.class)
public class PaymentsHealth implements HealthCheck {
    @Reference
    private PaymentService payments;

    @Override
    public String name() {
        return "payments";
    }

    @Override
    public Result check() {
        try {
            payments.list(PaymentQuery.all(), PageRequest.first(1));
            return Result.passing();
        } catch (RuntimeException e) {
            return Result.failing("payments cannot be read: " + e.getMessage());
        }
    }
}
