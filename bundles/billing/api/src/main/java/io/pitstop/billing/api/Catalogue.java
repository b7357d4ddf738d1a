package io.pitstop.billing.api;

import io.pitstop.core.api.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The catalogue (каталог): products with price versions. Changes are audited on {@link Product#TYPE}. */
public interface Catalogue {
    /** A code already in the catalogue is a conflict. */
    Product create(Actor actor, ProductDraft draft);

    /** Adds a price version from a date; a version on the same date is a conflict, the past is never rewritten. */
    Product addPrices(Actor actor, String code, Map<BillingCycle, BigDecimal> prices, LocalDate effectiveFrom);

    /** @throws io.pitstop.core.api.NotFoundException for an unknown code */
    Product get(String code);

    List<Product> list();
}
