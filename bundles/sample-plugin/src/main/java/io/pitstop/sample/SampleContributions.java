package io.pitstop.sample;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.ui.api.AccountTab;
import io.pitstop.ui.api.ContactTab;
import io.pitstop.ui.api.DashboardCard;
import io.pitstop.ui.api.Texts;
import java.util.Set;

/** A dashboard card and contact / account tabs, visible to every role, each one line of text. */
final class SampleContributions {
    private SampleContributions() {
    }

    static Span line(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }

    /** Common part of the three: the sample's texts, no role limit. */
    interface Sample extends io.pitstop.ui.api.Contribution {
        @Override
        default Texts texts() {
            return SampleTexts.TEXTS;
        }

        @Override
        default Set<String> requiredRoles() {
            return Set.of();
        }
    }

    @org.osgi.service.component.annotations.Component(service = DashboardCard.class)
    public static class Card implements DashboardCard, Sample {
        @Override
        public String id() {
            return "sample";
        }

        @Override
        public String labelKey() {
            return "sample.card.title";
        }

        @Override
        public Component create() {
            return line("sample-card-text", SampleTexts.TEXTS.get("sample.card.text"));
        }
    }

    @org.osgi.service.component.annotations.Component(service = ContactTab.class)
    public static class ContactSampleTab implements ContactTab, Sample {
        @Override
        public String id() {
            return "sample";
        }

        @Override
        public String labelKey() {
            return "sample.tab";
        }

        @Override
        public Component create(ContactId contact) {
            return line("sample-contact-tab-text", SampleTexts.TEXTS.get("sample.tab.contact", contact.toString()));
        }
    }

    @org.osgi.service.component.annotations.Component(service = AccountTab.class)
    public static class AccountSampleTab implements AccountTab, Sample {
        @Override
        public String id() {
            return "sample";
        }

        @Override
        public String labelKey() {
            return "sample.tab";
        }

        @Override
        public Component create(AccountId account) {
            return line("sample-account-tab-text", SampleTexts.TEXTS.get("sample.tab.account", account.toString()));
        }
    }
}
