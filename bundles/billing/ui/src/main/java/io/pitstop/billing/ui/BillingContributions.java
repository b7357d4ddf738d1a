package io.pitstop.billing.ui;

import com.vaadin.flow.component.Component;
import io.pitstop.billing.api.Billing;
import io.pitstop.billing.api.BillingRuns;
import io.pitstop.billing.api.Catalogue;
import io.pitstop.billing.api.Subscriptions;
import io.pitstop.core.api.RecordRef;
import io.pitstop.ui.api.RecordTab;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.ViewContribution;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/** The billing views and the account card's tab, registered while the plugin's services run. */
final class BillingContributions {
    private BillingContributions() {
    }

    /** The catalogue at {@code /billing/catalogue}. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class CataloguePage implements ViewContribution {
        @Reference
        Catalogue catalogue;

        @Override
        public String route() {
            return "billing/catalogue";
        }

        @Override
        public Class<? extends Component> viewClass() {
            return CatalogueView.class;
        }

        @Override
        public Component createView() {
            return new CatalogueView(catalogue);
        }

        @Override
        public String labelKey() {
            return "menu.catalogue";
        }

        @Override
        public Texts texts() {
            return BillingTexts.TEXTS;
        }

        @Override
        public Set<String> requiredRoles() {
            return BillingTexts.READ;
        }

        @Override
        public String icon() {
            return "PACKAGE";
        }

        @Override
        public int order() {
            return 50;
        }
    }

    /** Billing runs at {@code /billing/runs}, for accountants. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class RunPage implements ViewContribution {
        @Reference
        BillingRuns runs;

        @Override
        public String route() {
            return "billing/runs";
        }

        @Override
        public Class<? extends Component> viewClass() {
            return RunView.class;
        }

        @Override
        public Component createView() {
            return new RunView(runs);
        }

        @Override
        public String labelKey() {
            return "menu.runs";
        }

        @Override
        public Texts texts() {
            return BillingTexts.TEXTS;
        }

        @Override
        public Set<String> requiredRoles() {
            return BillingTexts.RUN;
        }

        @Override
        public String icon() {
            return "INVOICE";
        }

        @Override
        public int order() {
            return 51;
        }
    }

    /** «Подписки» on the account card, with the balance summary on top. */
    @org.osgi.service.component.annotations.Component(service = RecordTab.class)
    public static class SubscriptionsTab implements RecordTab {
        @Reference
        Billing billing;

        @Reference
        Subscriptions subscriptions;

        @Override
        public String recordType() {
            return "account";
        }

        @Override
        public String id() {
            return "billing";
        }

        @Override
        public String labelKey() {
            return "tab.subscriptions";
        }

        @Override
        public Texts texts() {
            return BillingTexts.TEXTS;
        }

        @Override
        public Set<String> requiredRoles() {
            return BillingTexts.READ;
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        public Component create(RecordRef record) {
            return new SubscriptionsPanel(billing, subscriptions, record.id());
        }
    }
}
