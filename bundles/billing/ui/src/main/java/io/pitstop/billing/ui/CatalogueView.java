package io.pitstop.billing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pitstop.billing.api.BillingCycle;
import io.pitstop.billing.api.Catalogue;
import io.pitstop.billing.api.Product;
import io.pitstop.ui.api.Ui;
import java.math.BigDecimal;

/** «Каталог»: the products with today's price per cycle and VAT rate; products are added through REST for now. */
public class CatalogueView extends VerticalLayout {
    public CatalogueView(Catalogue catalogue) {
        setId("billing-catalogue");
        add(new H2(BillingTexts.TEXTS.get("catalogue.title")));
        Grid<Product> grid = new Grid<>();
        grid.setId("billing-catalogue-grid");
        grid.addColumn(Product::code).setHeader(BillingTexts.TEXTS.get("catalogue.code")).setKey("code");
        grid.addColumn(Product::name).setHeader(BillingTexts.TEXTS.get("catalogue.name")).setKey("name");
        for (BillingCycle c : BillingCycle.values()) {
            grid.addColumn(p -> price(p, c)).setHeader(BillingTexts.TEXTS.get("cycle." + c.name())).setKey(c.name());
        }
        grid.addColumn(p -> Ui.formats().amount(p.vatRatePercent()) + " %").setHeader(BillingTexts.TEXTS.get("catalogue.vat")).setKey("vat");
        grid.setClassNameGenerator(p -> "billing-product-row");
        grid.setItems(catalogue.list());
        add(grid);
        setSizeFull();
    }

    private static String price(Product p, BillingCycle c) {
        BigDecimal v = p.prices().get(c);
        return v == null ? "" : Ui.formats().amount(v);
    }
}
