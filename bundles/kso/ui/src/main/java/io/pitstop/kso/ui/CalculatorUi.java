package io.pitstop.kso.ui;

import io.pitstop.core.api.Actor;
import io.pitstop.kso.api.CreditProgrammes;
import io.pitstop.kso.api.FinanceProducts;
import io.pitstop.kso.api.KsoRoles;
import io.pitstop.kso.api.LoanCalculator;
import io.pitstop.kso.api.Offers;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import java.util.Set;

/**
 * What the calculator and the programme and product administration get from their contributing components: the
 * plugin's services, called directly (a calculation is a method call, not a REST round trip).
 */
record CalculatorUi(CreditProgrammes programmes, FinanceProducts products, LoanCalculator calculator, Offers offers) {
    static final Texts TEXTS = Texts.of(CalculatorUi.class, "io.pitstop.kso.ui.messages");

    static final String CALCULATOR = "kso/calculator";
    static final String PROGRAMMES = "kso/programmes";
    static final String PRODUCTS = "kso/products";

    /** Who calculates and reads programmes and products: the REST resource's readers. */
    static final Set<String> READ = Set.of(Actor.ADMIN, Actor.MANAGER, KsoRoles.PROGRAMME_ADMIN);

    static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    /** Whether the signed-in member may change programmes and products. */
    static boolean canEdit() {
        return Ui.hasAnyRole(Actor.ADMIN, KsoRoles.PROGRAMME_ADMIN);
    }
}
