package io.pitstop.kso.api;

import io.pitstop.core.api.Actor;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** Finance products with the dealer's rewards, kept by the programme administrator. */
@ProviderType
public interface FinanceProducts {
    FinanceProduct create(Actor actor, FinanceProductDraft draft);

    /** Replaces every field. */
    FinanceProduct update(Actor actor, UUID id, FinanceProductDraft draft);

    /** @throws io.pitstop.core.api.NotFoundException when there is none */
    FinanceProduct get(UUID id);

    /** Every product by name. */
    List<FinanceProduct> list();
}
