package io.pitstop.billing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a new promo code is made of; {@code validFrom} null means today, {@code products} null or empty means all. */
public record PromoCodeDraft(String code, PromoCode.Kind kind, BigDecimal value, List<String> products, boolean recurring,
                             LocalDate validFrom, LocalDate validTo, Integer maxUses, boolean oncePerClient) {
}
