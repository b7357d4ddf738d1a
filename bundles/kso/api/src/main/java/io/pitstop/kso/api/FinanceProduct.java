package io.pitstop.kso.api;

import io.pitstop.core.api.RecordRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A stored finance product; see {@link FinanceProductDraft}. */
public record FinanceProduct(UUID id, String name, String kind, List<String> options, int termMonths, BigDecimal price,
                             List<FinanceProductDraft.Reward> rewards, List<UUID> mandatoryFor, List<String> makes,
                             List<String> models, BigDecimal priceMin, BigDecimal priceMax, String agentContract,
                             boolean active, Instant updatedAt) {
    /** The record type of products in audit records and links. */
    public static final String TYPE = "kso-product";

    public FinanceProduct {
        options = List.copyOf(options);
        rewards = List.copyOf(rewards);
        mandatoryFor = List.copyOf(mandatoryFor);
        makes = List.copyOf(makes);
        models = List.copyOf(models);
    }

    public static FinanceProduct of(UUID id, FinanceProductDraft d, Instant updatedAt) {
        return new FinanceProduct(id, d.name(), d.kind(), d.options(), d.termMonths(), d.price(), d.rewards(),
                d.mandatoryFor(), d.makes(), d.models(), d.priceMin(), d.priceMax(), d.agentContract(), d.active(), updatedAt);
    }

    public RecordRef ref() {
        return new RecordRef(TYPE, id);
    }

    /** The dealer's whole reward for one sale, every counterparty's together. */
    public BigDecimal totalReward() {
        return rewards.stream().map(FinanceProductDraft.Reward::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    /** Whether it may be sold with this car: make, model (case ignored) and price band, each when set. */
    public boolean appliesTo(String make, String model, BigDecimal carPrice) {
        return active && matches(makes, make) && matches(models, model)
                && (priceMin == null || carPrice == null || carPrice.compareTo(priceMin) >= 0)
                && (priceMax == null || carPrice == null || carPrice.compareTo(priceMax) <= 0);
    }

    private static boolean matches(List<String> allowed, String value) {
        return allowed.isEmpty() || value == null || value.isBlank()
                || allowed.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT)));
    }
}
