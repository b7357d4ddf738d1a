package io.pitstop.notifications.impl;

import io.pitstop.core.api.DeadLetters;
import io.pitstop.core.api.time.Clock;
import io.pitstop.notifications.api.Channels;
import io.pitstop.notifications.api.Message;
import io.pitstop.notifications.api.MessageStatus;
import io.pitstop.notifications.api.NotificationChannel;
import io.pitstop.notifications.api.OutgoingMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due messages: every {@code pollSeconds} it reads {@link Clock}, drops the messages whose validity window
 * passed (EXPIRED), claims each due one with a conditional update (QUEUED → SENDING, so two nodes never send one
 * message twice), hands it to its channel outside any transaction and marks it SENT or FAILED with the reason. A
 * failed send (after the channel's own retries: the mail route redelivers) goes to the dead-letter store too, so
 * administrators see it beside every other undelivered input, and can be sent again from the journal. A message
 * whose channel is not running waits for it until its window closes.
 */
@Component(immediate = true, configurationPid = "io.pitstop.notifications.dispatcher")
@Designate(ocd = Dispatcher.Config.class)
public class Dispatcher {
    static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    @ObjectClassDefinition(name = "Pitstop notification dispatcher")
    public @interface Config {
        @AttributeDefinition(description = "Seconds between two looks for due messages")
        int pollSeconds() default 2;
    }

    @Reference
    private NotificationsImpl notifications;

    @Reference
    private Clock clock;

    @Reference
    private DeadLetters deadLetters;

    private ScheduledExecutorService timer;

    @Activate
    void activate(Config config) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "pitstop-notifications"));
        timer.scheduleWithFixedDelay(this::round, 1, Math.max(1, config.pollSeconds()), TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    private void round() {
        try {
            dispatch(clock.now());
        } catch (RuntimeException e) {
            // the next round tries again; one line per failed round
            LOG.warn("Notifications could not be dispatched this round: {}", e.getMessage());
        }
    }

    /** One round at {@code now}; answers how many messages were handed to a channel. */
    int dispatch(Instant now) {
        List<Claimed> claimed = notifications.tx(rows -> {
            List<Claimed> out = new ArrayList<>();
            for (Message m : rows.due(now, BATCH)) {
                if (expired(m, now)) {
                    rows.move(m.id(), MessageStatus.QUEUED, MessageStatus.EXPIRED);
                    continue;
                }
                Optional<NotificationChannel> channel = notifications.channel(m.channel());
                if (channel.isPresent() && rows.claim(m.id())) {
                    out.add(new Claimed(m, channel.get(), rows.token(m.id()).orElseThrow()));
                }
            }
            return out;
        });
        for (Claimed c : claimed) {
            send(c);
        }
        return claimed.size();
    }

    /** Seed 004's «актуальность»: a message not sent by the end of its window is never sent late. */
    static boolean expired(Message m, Instant now) {
        return m.expiresAt() != null && now.isAfter(m.expiresAt());
    }

    private record Claimed(Message message, NotificationChannel channel, String token) {
    }

    private void send(Claimed c) {
        Message m = c.message();
        String html = Channels.EMAIL.equals(m.channel()) ? MailBody.html(m.body(), notifications.publicUrl(), c.token()) : null;
        try {
            c.channel().send(new OutgoingMessage(m.id(), m.channel(), m.address(), m.subject(), m.body(), html, c.token()));
            Instant at = clock.now();
            notifications.tx(rows -> {
                rows.sent(m.id(), at);
                return null;
            });
        } catch (Exception e) {
            String reason = reason(e);
            LOG.warn("Notification {} on {} to {} failed: {}", m.id(), m.channel(), m.address(), reason);
            notifications.tx(rows -> {
                rows.failed(m.id(), reason);
                return null;
            });
            deadLetters.record("notifications-" + m.channel(), reason, "message " + m.id() + " to " + m.address()
                    + "\nsubject: " + m.subject() + "\n\n" + m.body());
        }
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
