package io.pitstop.notifications.api;

import java.util.UUID;

/**
 * One rendered message as a channel sends it. {@code html} is the e-mail body with the open pixel and tracked links
 * (null for other channels); {@code token} identifies the message in those links.
 */
public record OutgoingMessage(UUID id, String channel, String address, String subject, String body, String html,
                              String token) {
}
