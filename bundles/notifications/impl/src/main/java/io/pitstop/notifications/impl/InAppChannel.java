package io.pitstop.notifications.impl;

import io.pitstop.notifications.api.Channels;
import io.pitstop.notifications.api.NotificationChannel;
import io.pitstop.notifications.api.OutgoingMessage;
import org.osgi.service.component.annotations.Component;

/**
 * In-app notices (внутреннее сообщение): the journal row is the notice, so sending only makes it SENT; the staff
 * UI shows a member's unread ones ({@code Notifications.notices}).
 */
@Component(service = NotificationChannel.class)
public class InAppChannel implements NotificationChannel {
    @Override
    public String id() {
        return Channels.IN_APP;
    }

    @Override
    public String refusal(String subject, String body) {
        return body != null && body.length() > 2000 ? "is too long for a notice: at most 2000 characters" : null;
    }

    @Override
    public void send(OutgoingMessage message) {
        // nothing leaves the server: the UI reads the message from the journal
    }
}
