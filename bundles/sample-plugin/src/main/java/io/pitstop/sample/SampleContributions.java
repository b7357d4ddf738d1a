package io.pitstop.sample;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.core.api.RecordRef;
import io.pitstop.ui.api.RecordTab;
import io.pitstop.ui.api.DashboardCard;
import io.pitstop.ui.api.Texts;
import java.util.Set;

/** A dashboard card and contact / account tabs, visible to every role, each one line of text; the search group and the card action are in {@link SampleSearchAndAction}. */
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

    /** The same tab on contact and account cards: one class, two services, told apart by record type. */
    abstract static class SampleTab implements RecordTab, Sample {
        @Override
        public String id() {
            return "sample";
        }

        @Override
        public String labelKey() {
            return "sample.tab";
        }

        @Override
        public Component create(RecordRef record) {
            return line("sample-" + record.type() + "-tab-text",
                    SampleTexts.TEXTS.get("sample.tab." + record.type(), record.id().toString()));
        }
    }

    @org.osgi.service.component.annotations.Component(service = RecordTab.class)
    public static class ContactSampleTab extends SampleTab {
        @Override
        public String recordType() {
            return ContactId.TYPE;
        }
    }

    @org.osgi.service.component.annotations.Component(service = RecordTab.class)
    public static class AccountSampleTab extends SampleTab {
        @Override
        public String recordType() {
            return AccountId.TYPE;
        }
    }
}
