package io.pitstop.kso.api.applications;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Credit applications: filed from a calculation's offer, moved through their stages (each change audited and on the
 * client's timeline), sent to the broker, answered by the bank. Issuing the loan posts the dealer's rewards.
 */
@ProviderType
public interface ApplicationService {
    /** Domain event topic of every status change; properties {@code from}, {@code to}. */
    String TOPIC_STATUS = "pitstop/kso/applications/STATUS";
    /** Domain event topic of an application handed to the broker (the broker route listens). */
    String TOPIC_SENT = "pitstop/kso/applications/SENT";

    /** Files a draft application; every field error at once. */
    CreditApplication create(Actor actor, ApplicationDraft draft);

    CreditApplication get(UUID id);

    /** Applications newest first, of one client when {@code contactId} is given, of one status when given. */
    Page<CreditApplication> find(UUID contactId, ApplicationStatus status, PageRequest page);

    /**
     * Moves an application to {@code target} if {@link ApplicationStatus#canMoveTo} allows it (422
     * {@code application-transition} otherwise). Asking for the status it already has changes nothing and answers it,
     * so a repeated call is safe. Moving to {@link ApplicationStatus#ISSUED} posts the rewards in the same transaction.
     */
    CreditApplication move(Actor actor, UUID id, ApplicationStatus target, String comment);

    /** The bank's decision on a sent application, brought by the broker; a repeat of the same decision changes nothing. */
    CreditApplication decide(Actor actor, UUID id, BankDecision decision);
}
