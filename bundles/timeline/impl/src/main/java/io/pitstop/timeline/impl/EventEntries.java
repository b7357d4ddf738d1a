package io.pitstop.timeline.impl;

import io.pitstop.accounts.api.AccountEvents;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.contacts.api.ContactEvents;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.RecordRef;
import io.pitstop.ledger.api.LedgerEvents;
import io.pitstop.ledger.api.TransactionType;
import io.pitstop.tasks.api.TaskEvents;
import io.pitstop.tasks.api.TaskId;
import io.pitstop.timeline.api.EntryDraft;
import io.pitstop.timeline.api.TimelineKinds;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns the domains' events into timeline entries: contacts, accounts, postings and holds (on the account and on
 * its owner's card), tasks (on the task and every record it links). Pure translation over a {@link Lookup}, so the
 * rules are unit-tested without a server. Each entry's source key is the event id (plus the account for a posting
 * over several accounts), so an event delivered twice is recorded once.
 */
final class EventEntries {
    static final String TRANSACTION_TYPE = "transaction";
    private static final Set<String> DONE = Set.of("DONE", "DONE_AWAITING_CONFIRMATION", "CONFIRMED");

    /** What the translation needs to know beyond the event. */
    interface Lookup {
        /** The account behind a ledger book: empty for a house book. */
        Optional<AccountInfo> account(UUID book);

        Optional<TaskInfo> task(UUID id);

        /** Who made the newest change of this action to the record, from the audit trail; null when unknown. */
        String actorOf(RecordRef record, String action);
    }

    record AccountInfo(String number, UUID owner) {
    }

    record TaskInfo(long number, String title, String creator, List<RecordRef> links) {
    }

    private EventEntries() {
    }

    static List<EntryDraft> entries(String topic, Map<String, Object> props, Lookup lookup) {
        String eventId = str(props, "event.id");
        Object ts = props.get("timestamp");
        Instant at = ts instanceof Number n ? Instant.ofEpochMilli(n.longValue()) : Instant.now();
        String subjectType = str(props, DomainEvents.SUBJECT_TYPE);
        String subjectId = str(props, DomainEvents.SUBJECT_ID);
        if (eventId == null || subjectType == null || subjectId == null) {
            return List.of();
        }
        RecordRef subject = new RecordRef(subjectType, UUID.fromString(subjectId));
        Source src = new Source(eventId, at, subject);
        if (topic.startsWith(ContactEvents.PREFIX)) {
            return contact(topic, props, src);
        }
        if (topic.startsWith(AccountEvents.PREFIX)) {
            return account(topic, props, src, lookup);
        }
        if (topic.equals(LedgerEvents.POSTED)) {
            return posting(props, src, lookup);
        }
        if (topic.startsWith("pitstop/ledger/HOLD_")) {
            return hold(topic, props, src, lookup);
        }
        if (topic.equals(TaskEvents.CREATED) || topic.equals(TaskEvents.STATUS_CHANGED)) {
            return task(topic, props, src, lookup);
        }
        return List.of();
    }

    private record Source(String eventId, Instant at, RecordRef subject) {
        EntryDraft entry(String kind, List<RecordRef> records, String actor, String text, RecordRef link, String keySuffix) {
            return new EntryDraft(kind, records, actor, at, text, link, keySuffix == null ? eventId : eventId + ":" + keySuffix);
        }
    }

    private static List<EntryDraft> contact(String topic, Map<String, Object> p, Source s) {
        String name = str(p, "name");
        String actor = str(p, "actor");
        String kind;
        String text;
        if (topic.equals(ContactEvents.CREATED)) {
            kind = TimelineKinds.CONTACT_CREATED;
            text = "Contact created: " + name;
        } else if (topic.equals(ContactEvents.UPDATED)) {
            kind = TimelineKinds.CONTACT_CHANGED;
            text = "Contact changed: " + name;
        } else if (topic.equals(ContactEvents.ARCHIVED)) {
            kind = TimelineKinds.CONTACT_ARCHIVED;
            text = "Contact archived: " + name;
        } else if (topic.equals(ContactEvents.RESTORED)) {
            kind = TimelineKinds.CONTACT_RESTORED;
            text = "Contact restored: " + name;
        } else if (topic.equals(ContactEvents.MERGED)) {
            kind = TimelineKinds.CONTACT_MERGED;
            text = "Another contact was merged into this one: " + str(p, "merged");
        } else {
            return List.of();
        }
        return List.of(s.entry(kind, List.of(s.subject()), actor, text, null, null));
    }

    private static List<EntryDraft> account(String topic, Map<String, Object> p, Source s, Lookup lookup) {
        Optional<AccountInfo> account = lookup.account(s.subject().id());
        String number = str(p, "number");
        List<RecordRef> records = new ArrayList<>(List.of(s.subject()));
        account.ifPresent(a -> records.add(new RecordRef(ContactId.TYPE, a.owner())));
        if (topic.equals(AccountEvents.OPENED)) {
            return List.of(s.entry(TimelineKinds.ACCOUNT_OPENED, records, lookup.actorOf(s.subject(), "opened"),
                    "Account " + number + " opened in " + str(p, "currency"), null, null));
        }
        String status = topic.substring(AccountEvents.PREFIX.length());
        if (Set.of("ACTIVE", "SUSPENDED", "CLOSED").contains(status)) {
            return List.of(s.entry(TimelineKinds.ACCOUNT_STATUS, records, lookup.actorOf(s.subject(), "status:" + status.toLowerCase(Locale.ROOT)),
                    "Account " + number + " is now " + status + ": " + str(p, "reason"), null, null));
        }
        return List.of();
    }

    /** One entry per personal book of the posting, on the account and its owner; house books show nowhere. */
    private static List<EntryDraft> posting(Map<String, Object> p, Source s, Lookup lookup) {
        String[] books = split(str(p, "books"));
        String[] amounts = split(str(p, "amounts"));
        String[] currencies = split(str(p, "currencies"));
        Map<String, BigDecimal> byBook = new LinkedHashMap<>();
        Map<String, String> currency = new LinkedHashMap<>();
        for (int i = 0; i < books.length && i < amounts.length; i++) {
            byBook.merge(books[i], new BigDecimal(amounts[i]), BigDecimal::add);
            currency.putIfAbsent(books[i], i < currencies.length ? currencies[i] : "");
        }
        List<EntryDraft> out = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> b : byBook.entrySet()) {
            UUID book = UUID.fromString(b.getKey());
            Optional<AccountInfo> account = lookup.account(book);
            if (account.isEmpty()) {
                continue;
            }
            BigDecimal amount = b.getValue();
            String signed = (amount.signum() > 0 ? "+" : "") + amount.toPlainString();
            String reason = str(p, "reason");
            out.add(s.entry(TimelineKinds.POSTING, List.of(new RecordRef(AccountId.TYPE, book), new RecordRef(ContactId.TYPE, account.get().owner())),
                    str(p, "author"), operation(str(p, "type")) + " " + signed + " " + currency.get(b.getKey()) + " on account "
                            + account.get().number() + (reason == null ? "" : ": " + reason),
                    new RecordRef(TRANSACTION_TYPE, s.subject().id()), book.toString()));
        }
        return out;
    }

    /**
     * The posting's type in words, each with its own catalogue lines so that the Russian reads as a sentence
     * («Пополнение +700.00 RUB по счёту …»); a plugin's own type stays «Posting <type>».
     */
    static String operation(String type) {
        String word = type == null ? null : OPERATIONS.get(type);
        return word != null ? word : "Posting " + type;
    }

    private static final Map<String, String> OPERATIONS = Map.of(
            TransactionType.TOPUP, "Top-up", TransactionType.CHARGE, "Charge", TransactionType.REFUND, "Refund",
            TransactionType.TRANSFER, "Transfer", TransactionType.ADJUSTMENT, "Adjustment",
            TransactionType.REVERSAL, "Reversal", TransactionType.HOLD_CAPTURE, "Hold capture");

    private static List<EntryDraft> hold(String topic, Map<String, Object> p, Source s, Lookup lookup) {
        String book = str(p, "book");
        Optional<AccountInfo> account = book == null ? Optional.empty() : lookup.account(UUID.fromString(book));
        if (account.isEmpty()) {
            return List.of();
        }
        String what = switch (topic) {
            case LedgerEvents.HOLD_CREATED -> "placed";
            case LedgerEvents.HOLD_CAPTURED -> "captured";
            case LedgerEvents.HOLD_VOIDED -> "voided";
            case LedgerEvents.HOLD_EXPIRED -> "expired";
            default -> null;
        };
        if (what == null) {
            return List.of();
        }
        return List.of(s.entry(TimelineKinds.HOLD, List.of(new RecordRef(AccountId.TYPE, UUID.fromString(book)),
                        new RecordRef(ContactId.TYPE, account.get().owner())), str(p, "author"),
                "Hold of " + str(p, "amount") + " " + str(p, "currency") + " on account " + account.get().number() + " " + what,
                s.subject(), null));
    }

    /** On the task itself and on every record it links to (a call task shows on its client's card). */
    private static List<EntryDraft> task(String topic, Map<String, Object> p, Source s, Lookup lookup) {
        Optional<TaskInfo> found = lookup.task(s.subject().id());
        if (found.isEmpty()) {
            return List.of();
        }
        TaskInfo t = found.get();
        List<RecordRef> records = new ArrayList<>(List.of(new RecordRef(TaskId.TYPE, s.subject().id())));
        t.links().stream().filter(l -> !records.contains(l)).forEach(records::add);
        if (topic.equals(TaskEvents.CREATED)) {
            return List.of(s.entry(TimelineKinds.TASK_CREATED, records, t.creator(), "Task No. " + t.number() + " created: " + t.title(),
                    s.subject(), null));
        }
        String status = str(p, "status");
        String actor = lookup.actorOf(s.subject(), "status");
        String text = switch (status == null ? "" : status) {
            case "DONE" -> "Task No. " + t.number() + " done: " + t.title();
            case "DONE_AWAITING_CONFIRMATION" -> "Task No. " + t.number() + " done, awaiting confirmation: " + t.title();
            case "CONFIRMED" -> "Task No. " + t.number() + " confirmed: " + t.title();
            default -> "Task No. " + t.number() + " is now " + status + ": " + t.title();
        };
        return List.of(s.entry(DONE.contains(status) ? TimelineKinds.TASK_DONE : TimelineKinds.TASK_STATUS, records, actor, text, s.subject(), null));
    }

    private static String[] split(String list) {
        return list == null || list.isBlank() ? new String[0] : list.split(",");
    }

    private static String str(Map<String, Object> p, String key) {
        Object v = p.get(key);
        return v == null ? null : v.toString();
    }
}
