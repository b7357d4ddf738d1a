package io.pitstop.kso.api.applications;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a credit application stands. The seed's four stages come first (предварительный расчёт → анкета → сканы →
 * подтверждение предложения), with the broker's decision between the scans and the offer confirmation:
 * draft → questionnaire → documents → sent → approved / declined → offer confirmed → issued.
 */
public enum ApplicationStatus {
    /** Preliminary calculation: the chosen offer is stored, nothing is sent yet. */
    DRAFT,
    /** The client's questionnaire (анкета) is being filled for the broker. */
    QUESTIONNAIRE,
    /** Scans of documents and the signed questionnaire are being attached. */
    DOCUMENTS,
    /** Handed to the broker; waits for the bank's decision. */
    SENT,
    /** The bank approved, with its own terms. */
    APPROVED,
    /** The bank declined: the end of this application (file another with other terms). */
    DECLINED,
    /** The client confirmed the bank's offer. */
    OFFER_CONFIRMED,
    /** The loan was issued: the dealer's rewards are receivables from then on. */
    ISSUED;

    /**
     * The statuses this one may move to. A stage before sending may step back one stage to correct it; once sent,
     * only the bank's answer moves it on, and an issued or declined application is final.
     */
    public Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(QUESTIONNAIRE);
            case QUESTIONNAIRE -> EnumSet.of(DRAFT, DOCUMENTS);
            case DOCUMENTS -> EnumSet.of(QUESTIONNAIRE, SENT);
            case SENT -> EnumSet.of(APPROVED, DECLINED);
            case APPROVED -> EnumSet.of(OFFER_CONFIRMED, DECLINED);
            case OFFER_CONFIRMED -> EnumSet.of(ISSUED);
            case DECLINED, ISSUED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    /** The bank's decisions, which the broker brings (a manager may also record one the bank gave by phone). */
    public boolean isDecision() {
        return this == APPROVED || this == DECLINED;
    }

    /** The lower-case code used in REST and texts ({@code offer_confirmed}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
