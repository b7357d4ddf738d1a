package io.pitstop.kso.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A finance product (финансовый продукт) sold with a car: GAP, KASKO, life insurance, legal help, a bank's package.
 *
 * @param kind                 a short code ({@code gap}, {@code kasko}, {@code life}, {@code legal}, {@code bank}, ...)
 * @param options              what the client may choose within the product
 * @param termMonths           how long it runs; 0 when it has no term
 * @param price                what the client pays, rubles
 * @param rewards              what the dealer earns per counterparty, VAT included: an amount, not a rate
 * @param mandatoryFor         the programmes that demand it («обязательный»); voluntary for every other
 * @param makes                the car makes it applies to; empty: every make
 * @param models               the models it applies to; empty: every model of those makes
 * @param priceMin             the lowest car price it applies to; null: no lower bound
 * @param agentContract        the agent contract (агентский договор) it is sold under
 */
public record FinanceProductDraft(String name, String kind, List<String> options, int termMonths, BigDecimal price,
                                  List<Reward> rewards, List<UUID> mandatoryFor, List<String> makes,
                                  List<String> models, BigDecimal priceMin, BigDecimal priceMax, String agentContract,
                                  boolean active) {
    public FinanceProductDraft {
        options = options == null ? List.of() : List.copyOf(options);
        rewards = rewards == null ? List.of() : List.copyOf(rewards);
        mandatoryFor = mandatoryFor == null ? List.of() : List.copyOf(mandatoryFor);
        makes = makes == null ? List.of() : List.copyOf(makes);
        models = models == null ? List.of() : List.copyOf(models);
    }

    /** The dealer's reward from one counterparty (bank or insurer) for one product sold, VAT included. */
    public record Reward(String counterparty, BigDecimal amount) {
    }
}
