package io.pitstop.billing.impl;

import io.pitstop.billing.api.TariffEvaluation;
import io.pitstop.billing.api.Tariffs;
import org.osgi.service.component.annotations.Component;

/** The tariff-string rules of {@link TariffParser} as a service, for REST, views and other plugins. */
@Component(service = Tariffs.class)
public class TariffsImpl implements Tariffs {
    @Override
    public TariffEvaluation evaluate(String tariff, String fuelSensors, String dispatch) {
        return TariffParser.evaluate(tariff, fuelSensors, dispatch);
    }
}
