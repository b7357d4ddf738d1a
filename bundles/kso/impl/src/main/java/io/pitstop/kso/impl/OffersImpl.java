package io.pitstop.kso.impl;

import io.pitstop.kso.api.CreditProgrammes;
import io.pitstop.kso.api.FinanceProducts;
import io.pitstop.kso.api.LoanCalculator;
import io.pitstop.kso.api.OfferRequest;
import io.pitstop.kso.api.Offers;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Matching over the stored programmes and products; the rules are {@link ProgrammeMatching}'s. */
@Component(service = Offers.class)
public class OffersImpl implements Offers {
    @Reference
    private CreditProgrammes programmes;

    @Reference
    private FinanceProducts products;

    @Reference
    private LoanCalculator calculator;

    @Override
    public Result match(OfferRequest request) {
        return ProgrammeMatching.match(request, programmes.list(), products.list(), calculator);
    }
}
