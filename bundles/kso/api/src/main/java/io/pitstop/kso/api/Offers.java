package io.pitstop.kso.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Programme matching (подбор кредитных программ): every programme, eligible or with the limit it breaks. */
@ProviderType
public interface Offers {
    /**
     * @throws io.pitstop.core.api.ValidationException naming the field: a price not above zero, a down payment
     *         negative or above the price, a term outside every programme, an unknown product
     */
    Result match(OfferRequest request);

    /** The make-up of the amount checked, the eligible offers in the order asked for, and the refusals. */
    record Result(LoanMakeUp makeUp, List<Offer> eligible, List<Refusal> ineligible) {
        public Result {
            eligible = List.copyOf(eligible);
            ineligible = List.copyOf(ineligible);
        }
    }
}
