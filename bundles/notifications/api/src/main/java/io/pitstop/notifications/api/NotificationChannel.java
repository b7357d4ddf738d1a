package io.pitstop.notifications.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way to deliver a message, registered as a service (e-mail over Camel's mail component, SMS over an HTTP
 * gateway, in-app notices; WhatsApp or Telegram later the same way). The dispatcher hands it each due message once;
 * the channel answers normally when the message left, or throws with the reason, which the journal keeps.
 */
@ConsumerType
public interface NotificationChannel {
    /** The id templates and rules name ({@link Channels}). */
    String id();

    /**
     * Why a template's text cannot go through this channel (an SMS over 6 segments), or null when it can. Checked
     * when a template is saved, on the text with its placeholders' sample values.
     */
    default String refusal(String subject, String body) {
        return null;
    }

    /** Delivers one message; throws when it did not leave (the journal keeps the message as the reason). */
    void send(OutgoingMessage message) throws Exception;
}
