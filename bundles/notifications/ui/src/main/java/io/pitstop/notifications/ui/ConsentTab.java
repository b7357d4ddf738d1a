package io.pitstop.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.notifications.api.Channels;
import io.pitstop.notifications.api.Consent;
import io.pitstop.notifications.api.Notifications;
import io.pitstop.ui.api.RecordTab;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/**
 * «Рассылки» on the contact card: the contact's consent per channel (yes / no / not asked), saved as it changes.
 * "No" blocks every message of that channel to the contact; the journal shows them BLOCKED.
 */
@org.osgi.service.component.annotations.Component(service = RecordTab.class)
public class ConsentTab implements RecordTab {
    @Reference
    Notifications notifications;

    @Override
    public String recordType() {
        return "contact";
    }

    @Override
    public String id() {
        return "consent";
    }

    @Override
    public String labelKey() {
        return "consent.tab";
    }

    @Override
    public Texts texts() {
        return NotificationsUi.TEXTS;
    }

    @Override
    public Set<String> requiredRoles() {
        return NotificationsUi.READ;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Component create(RecordRef record) {
        VerticalLayout panel = new VerticalLayout();
        panel.setId("notify-consent");
        panel.add(new Paragraph(NotificationsUi.t("consent.hint")));
        Map<String, Consent> stored = notifications.consents(record.id());
        for (String channel : List.of(Channels.EMAIL, Channels.SMS)) {
            Select<Consent> choice = new Select<>();
            choice.setId("notify-consent-" + channel);
            choice.setLabel(NotificationsUi.t("channel." + channel));
            choice.setItems(Consent.values());
            choice.setItemLabelGenerator(c -> NotificationsUi.t("consent." + c.name()));
            choice.setValue(stored.getOrDefault(channel, Consent.NOT_ASKED));
            choice.addValueChangeListener(e -> {
                if (!e.isFromClient() || e.getValue() == null) {
                    return;
                }
                try {
                    notifications.setConsent(Ui.actor(), record.id(), channel, e.getValue());
                    Ui.notice("notification.consent.saved", NotificationsUi.t("consent.saved"));
                } catch (PitstopException problem) {
                    Ui.problem("notification.refused", Ui.message(problem));
                    choice.setValue(e.getOldValue());
                }
            });
            panel.add(choice);
        }
        return panel;
    }
}
