package io.pitstop.kso.ui;

import com.vaadin.flow.component.Component;
import io.pitstop.kso.api.CreditProgrammes;
import io.pitstop.kso.api.FinanceProducts;
import io.pitstop.kso.api.LoanCalculator;
import io.pitstop.kso.api.Offers;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.ViewContribution;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/** The calculator and the programme and product lists, registered while the plugin's services run. */
final class CalculatorContributions {
    private CalculatorContributions() {
    }

    abstract static class Base implements ViewContribution {
        @Reference
        CreditProgrammes programmes;

        @Reference
        FinanceProducts products;

        @Reference
        LoanCalculator calculator;

        @Reference
        Offers offers;

        CalculatorUi ui() {
            return new CalculatorUi(programmes, products, calculator, offers);
        }

        @Override
        public Texts texts() {
            return CalculatorUi.TEXTS;
        }

        @Override
        public Set<String> requiredRoles() {
            return CalculatorUi.READ;
        }
    }

    /** The loan calculator at {@code /kso/calculator}. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Calculator extends Base {
        @Override
        public String route() {
            return CalculatorUi.CALCULATOR;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return CalculatorView.class;
        }

        @Override
        public Component createView() {
            return new CalculatorView(ui());
        }

        @Override
        public String labelKey() {
            return "menu.calculator";
        }

        @Override
        public String icon() {
            return "CALC";
        }

        @Override
        public int order() {
            return 40;
        }
    }

    /** Credit programmes at {@code /kso/programmes}. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Programmes extends Base {
        @Override
        public String route() {
            return CalculatorUi.PROGRAMMES;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return ProgrammeListView.class;
        }

        @Override
        public Component createView() {
            return new ProgrammeListView(ui());
        }

        @Override
        public String labelKey() {
            return "menu.programmes";
        }

        @Override
        public String icon() {
            return "BOOK_PERCENT";
        }

        @Override
        public int order() {
            return 41;
        }
    }

    /** Finance products at {@code /kso/products}. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Products extends Base {
        @Override
        public String route() {
            return CalculatorUi.PRODUCTS;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return ProductListView.class;
        }

        @Override
        public Component createView() {
            return new ProductListView(ui());
        }

        @Override
        public String labelKey() {
            return "menu.products";
        }

        @Override
        public String icon() {
            return "PACKAGE";
        }

        @Override
        public int order() {
            return 42;
        }
    }
}
