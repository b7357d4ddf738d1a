package io.pitstop.notifications.api;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The notification service. Plugins call {@link #raise}; administrators keep templates and rules; the journal
 * shows every message. Every time it reads is {@code Clock}'s.
 */
@ProviderType
public interface Notifications {
    int SUBJECT_LENGTH = 500;
    int BODY_LENGTH = 10_000;

    /**
     * Queues the messages the active rules of the event's type make, in the caller's transaction when there is one.
     * Raising the same event again queues nothing it queued before. Answers the messages queued now.
     */
    List<Message> raise(NotificationEvent event);

    /** The event types declared now, by type. */
    List<EventType> eventTypes();

    /** Saves (or replaces) the template of its event type, channel and language; unknown placeholders are a 400. */
    Template saveTemplate(Actor actor, TemplateDraft draft);

    List<Template> templates(String eventType);

    /** The draft filled with its event type's sample values, checked like a save. */
    Preview preview(TemplateDraft draft);

    /** Creates a rule (id null) or replaces one; a rule without recipients is a 400. */
    Rule saveRule(Actor actor, Rule rule);

    List<Rule> rules(String eventType);

    void deleteRule(Actor actor, UUID id);

    Consent consent(UUID contactId, String channel);

    Map<String, Consent> consents(UUID contactId);

    void setConsent(Actor actor, UUID contactId, String channel, Consent consent);

    Page<Message> journal(JournalQuery query, PageRequest page);

    Optional<Message> message(UUID id);

    /** Queues a sent, failed or expired message again, due now (a blocked one stays blocked: 422). */
    Message resend(Actor actor, UUID id);

    /** The in-app notices of a member of staff not yet read, newest first. */
    List<Message> notices(String login, int limit);

    /** Marks an in-app notice read by its recipient. */
    void markRead(String login, UUID id);

    /** The open pixel of an e-mail was fetched: marks the message OPENED once; false for an unknown token. */
    boolean opened(String token);

    /**
     * A tracked link was followed: answers the URL to redirect to when the token's message carried exactly that link
     * when it was sent (never another, so the redirect cannot be abused), marking the message CLICKED.
     */
    Optional<String> clicked(String token, String url);
}
