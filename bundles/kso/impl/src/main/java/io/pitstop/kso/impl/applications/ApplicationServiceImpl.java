package io.pitstop.kso.impl.applications;

import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.time.Clock;
import io.pitstop.kso.api.LoanCalculator;
import io.pitstop.kso.api.applications.ApplicationDraft;
import io.pitstop.kso.api.applications.ApplicationService;
import io.pitstop.kso.api.applications.ApplicationStatus;
import io.pitstop.kso.api.applications.BankDecision;
import io.pitstop.kso.api.applications.CreditApplication;
import io.pitstop.kso.api.applications.OfferSnapshot;
import io.pitstop.kso.impl.KsoSchema;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.timeline.api.EntryDraft;
import io.pitstop.timeline.api.Timeline;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Credit applications on plain JDBC inside {@link Transactions}: each change is written with its audit record, its
 * timeline entry on the client's card and its domain event in one transaction; issuing the loan posts the rewards
 * in that transaction too.
 */
@Component(service = ApplicationService.class)
public class ApplicationServiceImpl implements ApplicationService {
    /** The plugin's timeline kind for applications. */
    static final String KIND = "kso.application";
    static final int COMMENT_LENGTH = 1000;

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private AuditService audit;

    @Reference
    private DomainEvents events;

    @Reference
    private Timeline timeline;

    @Reference
    private ContactService contacts;

    @Reference
    private Ledger ledger;

    @Reference
    private Clock clock;

    @Reference
    private KsoSchema schema;

    /** The calculator checks the offer's payment while it runs; applications can be filed without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LoanCalculator calculator;

    @Override
    public CreditApplication create(Actor actor, ApplicationDraft draft) {
        ApplicationRules.check(draft, calculator);
        try {
            contacts.get(new ContactId(draft.contactId()));
        } catch (NotFoundException e) {
            throw ValidationException.field("contactId", "no contact with id " + draft.contactId());
        }
        OfferSnapshot offer = ApplicationRules.normalised(draft.offer());
        Instant now = now();
        CreditApplication a = new CreditApplication(UUID.randomUUID(), draft.contactId(), draft.deal(),
                ApplicationStatus.DRAFT, actor.name(), offer, null, now, now, null, 0);
        return write(rows -> {
            rows.insert(a);
            audit.record(actor, a.ref(), "CREATE", Map.of(), summary(a));
            timeline.record(new EntryDraft(KIND, List.of(new ContactId(a.contactId()).ref(), a.ref()), actor.name(), now,
                    "Credit application to " + offer.bank() + " for " + offer.amount().toPlainString() + " RUB filed",
                    a.ref(), null));
            return a;
        });
    }

    @Override
    public CreditApplication get(UUID id) {
        return read(rows -> rows.find(id).orElseThrow(() -> new NotFoundException(CreditApplication.TYPE, id)));
    }

    @Override
    public Page<CreditApplication> find(UUID contactId, ApplicationStatus status, PageRequest page) {
        return read(rows -> rows.find(contactId, status, page));
    }

    @Override
    public CreditApplication move(Actor actor, UUID id, ApplicationStatus target, String comment) {
        if (target == null) {
            throw ValidationException.field("status", "is required");
        }
        checkComment(comment, "comment");
        return change(actor, id, target, null, comment);
    }

    @Override
    public CreditApplication decide(Actor actor, UUID id, BankDecision decision) {
        if (decision == null || decision.decision() == null || !decision.decision().isDecision()) {
            throw ValidationException.field("decision", "must be approved or declined");
        }
        ApplicationRules.checkDecision(decision);
        checkComment(decision.comment(), "comment");
        return change(actor, id, decision.decision(), decision, decision.comment());
    }

    private static void checkComment(String comment, String field) {
        if (comment != null && comment.length() > COMMENT_LENGTH) {
            throw ValidationException.field(field, "must be at most " + COMMENT_LENGTH + " characters");
        }
    }

    private CreditApplication change(Actor actor, UUID id, ApplicationStatus target, BankDecision decision, String comment) {
        return write(rows -> {
            CreditApplication before = rows.find(id).orElseThrow(() -> new NotFoundException(CreditApplication.TYPE, id));
            if (before.status() == target) {
                // a repeated call (the broker's answer delivered twice, a double click on «Выдан») changes nothing
                return before;
            }
            if (!before.status().canMoveTo(target)) {
                throw new BusinessRuleException("application-transition", "A credit application in status "
                        + before.status().code() + " cannot move to " + target.code() + "; it may move to "
                        + before.status().next().stream().map(ApplicationStatus::code).toList());
            }
            Instant now = now();
            CreditApplication after = new CreditApplication(before.id(), before.contactId(), before.deal(), target,
                    before.manager(), before.offer(), decision == null ? before.decision() : decision, before.createdAt(),
                    now, target == ApplicationStatus.ISSUED ? now : before.issuedAt(), before.version() + 1);
            if (!rows.update(after, before.version())) {
                throw new ConflictException("The credit application was changed meanwhile; read it again", id.toString());
            }
            Map<String, Object> was = new LinkedHashMap<>(Map.of("status", before.status().code()));
            Map<String, Object> now2 = new LinkedHashMap<>(Map.of("status", target.code()));
            if (comment != null && !comment.isBlank()) {
                now2.put("comment", comment);
            }
            if (decision != null && decision.reference() != null) {
                now2.put("reference", decision.reference());
            }
            audit.record(actor, after.ref(), "STATUS", was, now2);
            timeline.record(new EntryDraft(KIND, List.of(new ContactId(after.contactId()).ref(), after.ref()),
                    actor.name(), now, "Credit application to " + after.offer().bank() + ": " + before.status().code()
                    + " → " + target.code(), after.ref(), null));
            events.publish(DomainEvent.of(TOPIC_STATUS, after.ref(), Map.of("from", before.status().code(),
                    "to", target.code(), "contactId", after.contactId().toString())));
            if (target == ApplicationStatus.SENT) {
                events.publish(DomainEvent.of(TOPIC_SENT, after.ref(), Map.of("contactId", after.contactId().toString())));
            }
            if (target == ApplicationStatus.ISSUED) {
                RewardPostings.issue(rows, ledger, actor, after, now);
            }
            return after;
        });
    }

    private static Map<String, Object> summary(CreditApplication a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contactId", a.contactId().toString());
        m.put("status", a.status().code());
        m.put("bank", a.offer().bank());
        m.put("amount", a.offer().amount().toPlainString());
        m.put("annualRatePercent", a.offer().annualRatePercent().toPlainString());
        m.put("termMonths", a.offer().termMonths());
        m.put("monthlyPayment", a.offer().monthlyPayment().toPlainString());
        m.put("products", a.offer().products().size());
        return m;
    }

    private Instant now() {
        // milliseconds: both databases keep them, so what a write answers equals what a later read finds
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private <T> T write(ApplicationRows.Work<T> work) {
        return ApplicationRows.inTransaction(transactions, dataSource, work);
    }

    private <T> T read(ApplicationRows.Work<T> work) {
        return write(work);
    }
}
