package io.pitstop.kso.rest.applications;

import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.FreeText;
import io.pitstop.kso.api.applications.ApplicationDraft;
import io.pitstop.kso.api.applications.ChosenProduct;
import io.pitstop.kso.api.applications.OfferSnapshot;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The request bodies of the applications' endpoints and how they become drafts. */
public final class ApplicationBodies {
    private ApplicationBodies() {
    }

    /** A finance product chosen with the offer. */
    public record Product(@ApiField(required = true) String name, @ApiField(required = true) BigDecimal price,
                          String counterparty, BigDecimal reward) {
    }

    /** The offer as the calculation gave it. */
    public record Offer(String programmeId, String programmeName, @ApiField(required = true) String bank,
                        @ApiField(required = true) BigDecimal annualRatePercent,
                        @ApiField(required = true, positive = true) Integer termMonths,
                        @ApiField(required = true, positive = true) BigDecimal amount, BigDecimal downPayment,
                        @ApiField(required = true, positive = true) BigDecimal monthlyPayment, BigDecimal programmeReward,
                        List<Product> products) {
    }

    /** Body of POST /api/kso/applications; {@code dealType} and {@code dealId} name a deal record when there is one. */
    public record NewApplication(@ApiField(required = true, format = ApiField.UUID) String contactId, String dealType,
                                 @ApiField(format = ApiField.UUID) String dealId, @ApiField(required = true) Offer offer) {
    }

    /** Body of POST /api/kso/applications/{id}/status. */
    public record StatusChange(@ApiField(required = true, values = {"draft", "questionnaire", "documents", "sent",
            "approved", "declined", "offer_confirmed", "issued"}) String status, @FreeText String comment) {
    }

    /** Body of POST /api/kso/broker/answers: the bank's decision as the broker brings it. */
    public record BrokerAnswer(@ApiField(required = true, format = ApiField.UUID) String applicationId,
                               @ApiField(required = true, values = {"approved", "declined"}) String decision,
                               BigDecimal annualRatePercent, @ApiField(positive = true) BigDecimal amount,
                               @ApiField(positive = true) Integer termMonths,
                               @ApiField(positive = true) BigDecimal monthlyPayment, String reference,
                               @FreeText String comment) {
    }

    static ApplicationDraft draft(NewApplication body) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        UUID contact = TypedId.parse(body.contactId(), "contactId");
        RecordRef deal = null;
        boolean hasType = body.dealType() != null && !body.dealType().isBlank();
        if (hasType != (body.dealId() != null && !body.dealId().isBlank())) {
            throw ValidationException.field(hasType ? "dealId" : "dealType", "is required with " + (hasType ? "dealType" : "dealId"));
        }
        if (hasType) {
            if (!body.dealType().matches("[a-z][a-z0-9-]{0,39}")) {
                throw ValidationException.field("dealType", "must be a record type such as deal");
            }
            deal = new RecordRef(body.dealType(), TypedId.parse(body.dealId(), "dealId"));
        }
        Offer o = body.offer();
        if (o == null) {
            throw ValidationException.field("offer", "is required");
        }
        List<ChosenProduct> products = o.products() == null ? List.of() : o.products().stream()
                .map(p -> p == null ? null : new ChosenProduct(p.name(), p.price(), p.counterparty(), p.reward())).toList();
        return new ApplicationDraft(contact, deal, new OfferSnapshot(o.programmeId(), o.programmeName(), o.bank(),
                o.annualRatePercent(), o.termMonths() == null ? 0 : o.termMonths(), o.amount(), o.downPayment(),
                o.monthlyPayment(), o.programmeReward(), products));
    }
}
