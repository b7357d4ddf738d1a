package io.pitstop.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.PitstopException;
import io.pitstop.notifications.api.Channels;
import io.pitstop.notifications.api.JournalQuery;
import io.pitstop.notifications.api.Message;
import io.pitstop.notifications.api.MessageStatus;
import io.pitstop.notifications.api.Notifications;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.ListView;
import io.pitstop.ui.api.kit.StatusBadge;
import java.time.Instant;
import java.util.Set;

/**
 * The message journal (/notifications/journal, «Журнал сообщений»): every message with its event, channel,
 * recipient, times and status, filtered by status, channel, event type and recipient; a sent, failed or expired one
 * can be sent again by administrators and managers.
 */
public class JournalView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final transient Notifications notifications;
    private final ListView<Message> list = new ListView<>("notify-journal");
    private final Select<MessageStatus> status = new Select<>();
    private final Select<String> channel = new Select<>();
    private final TextField eventType = new TextField();
    private final TextField recipient = new TextField();

    public JournalView(Notifications notifications) {
        this.notifications = notifications;
        setId("notify-journal-view");
        setSizeFull();
        status.setId("notify-journal-status");
        status.setLabel(NotificationsUi.t("journal.status"));
        status.setItems(MessageStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(NotificationsUi.t("journal.any"));
        status.setItemLabelGenerator(s -> s == null ? NotificationsUi.t("journal.any") : NotificationsUi.t("status." + s.name()));
        channel.setId("notify-journal-channel");
        channel.setLabel(NotificationsUi.t("journal.channel"));
        channel.setItems(Channels.CORE);
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(NotificationsUi.t("journal.any"));
        channel.setItemLabelGenerator(c -> c == null ? NotificationsUi.t("journal.any") : NotificationsUi.t("channel." + c));
        eventType.setId("notify-journal-event");
        eventType.setLabel(NotificationsUi.t("journal.eventType"));
        recipient.setId("notify-journal-recipient");
        recipient.setLabel(NotificationsUi.t("journal.recipient"));

        list.column("created", NotificationsUi.t("journal.created"), m -> when(m.createdAt()));
        list.column("eventType", NotificationsUi.t("journal.eventType"), Message::eventType);
        list.column("channel", NotificationsUi.t("journal.channel"), m -> NotificationsUi.t("channel." + m.channel())).narrow();
        list.column("address", NotificationsUi.t("journal.recipient"), Message::address);
        list.column("subject", NotificationsUi.t("journal.text"), m -> m.subject() != null ? m.subject() : m.body()).wide();
        list.componentColumn("status", NotificationsUi.t("journal.status"), m -> NotificationsUi.t("status." + m.status().name()),
                m -> new StatusBadge(m.status().name(), NotificationsUi.t("status." + m.status().name()), NotificationsUi.tone(m.status())));
        list.column("scheduled", NotificationsUi.t("journal.scheduled"), m -> when(m.scheduledFor()));
        list.column("sent", NotificationsUi.t("journal.sent"), m -> when(m.sentAt()));
        list.column("failure", NotificationsUi.t("journal.failure"), m -> m.failure() == null ? "" : m.failure()).hidden();
        if (Ui.hasAnyRole(NotificationsUi.RESEND.toArray(String[]::new))) {
            list.componentColumn("resend", NotificationsUi.t("journal.resend"), m -> "", this::resendButton);
        }
        list.grid().setClassNameGenerator(m -> "notify-row");
        list.enumFilter("status", status, MessageStatus.class)
                .filter("channel", channel, c -> c == null ? "" : c, s -> Channels.CORE.contains(s) ? s : null)
                .textFilter("eventType", eventType)
                .textFilter("recipient", recipient)
                .items(Set.of(), null, page -> notifications.journal(query(), page).items(),
                        () -> notifications.journal(query(), PageRequest.first(1)).total())
                .emptyState(NotificationsUi.t("journal.empty"), null, null)
                .tools("notifications");
        add(new H2(NotificationsUi.t("journal.title")), list);
        setFlexGrow(1, list);
    }

    private Button resendButton(Message m) {
        Button b = new Button(NotificationsUi.t("journal.resend"), e -> resend(m));
        b.setId("notify-resend-" + m.id());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setEnabled(m.status() != MessageStatus.BLOCKED && m.status() != MessageStatus.QUEUED
                && m.status() != MessageStatus.SENDING);
        return b;
    }

    private void resend(Message m) {
        try {
            notifications.resend(Ui.actor(), m.id());
            Ui.notice("notification.resent", NotificationsUi.t("journal.resent"));
            list.refresh();
        } catch (PitstopException e) {
            Ui.problem("notification.refused", Ui.message(e));
        }
    }

    private JournalQuery query() {
        return new JournalQuery(status.getValue(), channel.getValue(), blank(eventType.getValue()),
                blank(recipient.getValue()), null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String when(Instant instant) {
        return instant == null ? "" : Ui.formats().dateTime(instant);
    }

    @Override
    public String getPageTitle() {
        return NotificationsUi.t("journal.title");
    }
}
