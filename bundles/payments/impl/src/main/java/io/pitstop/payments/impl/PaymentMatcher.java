package io.pitstop.payments.impl;

import io.pitstop.payments.api.InvoiceMatch;
import io.pitstop.payments.api.PaymentDirection;
import io.pitstop.payments.api.PaymentStatus;
import io.pitstop.payments.api.Suggestion;
import io.pitstop.payments.impl.statement.BankDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides where an incoming payment goes and says why, in this order: the personal account its purpose names
 * (seed 000), an invoice (any {@code InvoiceMatching} service: the billing plugin), else the queue, with the payer's
 * INN suggesting the client's accounts. The recipient's INN and account tell which of our legal entities received
 * the money; a top-up is expected on the default entity (whose requisites the top-up instructions print) and an
 * invoice on its issuer, so money that reached another of ours waits as {@code WRONG_ENTITY} (seed 001: agreed
 * with accounting before anything is posted). Pure: every look-up goes through {@link Directory}.
 */
final class PaymentMatcher {
    static final String RULE_ACCOUNT = "account-number";
    static final String RULE_INVOICE = "invoice";
    static final String RULE_PAYER_INN = "payer-inn";
    static final String RULE_UNKNOWN_ACCOUNT = "unknown-account";
    static final String RULE_ACCOUNT_REFUSED = "account-refused";
    static final String RULE_NONE = "none";
    static final String RULE_MANUAL = "manual";
    static final String RULE_OUTGOING = "outgoing";
    static final String CURRENCY = "RUB";

    /** What the matcher may look up. */
    interface Directory {
        AccountRef account(String number);

        AccountRef account(UUID id);

        List<ClientRef> clientsByInn(String inn);

        List<AccountRef> accountsOf(UUID client);

        List<EntityRef> ourEntities();

        InvoiceMatch invoice(String purpose, String payerInn, BigDecimal amount);
    }

    record AccountRef(UUID id, String number, UUID owner, String currency, boolean open) {
    }

    record ClientRef(UUID id, String name) {
    }

    record EntityRef(UUID id, String name, String inn, Set<String> accounts, boolean defaultEntity) {
    }

    record Decision(PaymentStatus status, AccountRef account, UUID clientId, UUID legalEntityId, String rule,
                    String explanation, UUID invoiceId) {
    }

    private PaymentMatcher() {
    }

    static Decision decide(BankDocument doc, Directory dir) {
        List<EntityRef> entities = dir.ourEntities();
        EntityRef received = receiver(doc, entities);
        UUID entityId = received == null ? null : received.id();
        String number = PurposeRules.accountNumber(doc.purpose());
        if (number != null) {
            AccountRef account = dir.account(number);
            if (account == null) {
                return queued(doc, dir, entityId, RULE_UNKNOWN_ACCOUNT, "The purpose names personal account № " + number
                        + ", which does not exist.");
            }
            String refused = refusal(account);
            if (refused != null) {
                return queued(doc, dir, entityId, RULE_ACCOUNT_REFUSED, "The purpose names personal account № " + number
                        + ", which " + refused + ".");
            }
            EntityRef expected = entities.stream().filter(EntityRef::defaultEntity).findFirst().orElse(null);
            String said = "The purpose names personal account № " + number + ".";
            if (wrongEntity(received, expected)) {
                return new Decision(PaymentStatus.WRONG_ENTITY, account, account.owner(), entityId, RULE_ACCOUNT,
                        said + " " + wrongEntityText(received, expected), null);
            }
            return new Decision(PaymentStatus.MATCHED, account, account.owner(), entityId, RULE_ACCOUNT, said, null);
        }
        InvoiceMatch invoice = dir.invoice(doc.purpose(), doc.payer().inn(), doc.amount());
        if (invoice != null) {
            AccountRef account = dir.account(invoice.accountId());
            String refused = account == null ? "does not exist" : refusal(account);
            if (refused != null) {
                return queued(doc, dir, entityId, RULE_ACCOUNT_REFUSED, invoice.explanation() + " Its account " + refused + ".");
            }
            EntityRef expected = invoice.issuerEntityId() == null ? null
                    : entities.stream().filter(e -> e.id().equals(invoice.issuerEntityId())).findFirst().orElse(null);
            if (wrongEntity(received, expected)) {
                return new Decision(PaymentStatus.WRONG_ENTITY, account, account.owner(), entityId, RULE_INVOICE,
                        invoice.explanation() + " " + wrongEntityText(received, expected), invoice.invoiceId());
            }
            return new Decision(PaymentStatus.MATCHED, account, account.owner(), entityId, RULE_INVOICE, invoice.explanation(),
                    invoice.invoiceId());
        }
        String invoiceNumber = PurposeRules.invoiceNumber(doc.purpose());
        String vague = invoiceNumber != null
                ? "The purpose names invoice № " + invoiceNumber + ", which no invoice matching knows."
                : "The purpose names no personal account.";
        return queued(doc, dir, entityId, RULE_NONE, vague);
    }

    /** A queued decision: the payer's INN, when it is a client's, gives the client and the rule {@code payer-inn}. */
    private static Decision queued(BankDocument doc, Directory dir, UUID entityId, String rule, String why) {
        List<ClientRef> clients = doc.payer().inn() == null ? List.of() : dir.clientsByInn(doc.payer().inn());
        if (clients.size() == 1) {
            String r = RULE_NONE.equals(rule) ? RULE_PAYER_INN : rule;
            return new Decision(PaymentStatus.UNMATCHED, null, clients.get(0).id(), entityId, r, why + " The payer's INN "
                    + doc.payer().inn() + " is the client " + clients.get(0).name() + ": pick one of their accounts.", null);
        }
        return new Decision(PaymentStatus.UNMATCHED, null, null, entityId, rule, why
                + (doc.payer().inn() == null ? "" : " The payer's INN " + doc.payer().inn() + (clients.isEmpty()
                ? " is no client's." : " belongs to " + clients.size() + " clients.")), null);
    }

    /** Accounts to suggest for a queued payment: the payer INN's clients' open accounts, then the purpose's account. */
    static List<Suggestion> suggestions(String payerInn, String purpose, Directory dir) {
        Map<UUID, Suggestion> out = new LinkedHashMap<>();
        String number = PurposeRules.accountNumber(purpose);
        if (number != null) {
            AccountRef a = dir.account(number);
            if (a != null && a.open()) {
                out.put(a.id(), new Suggestion(a.id(), a.number(), a.owner(), null, "named in the purpose"));
            }
        }
        if (payerInn != null) {
            for (ClientRef c : dir.clientsByInn(payerInn)) {
                for (AccountRef a : dir.accountsOf(c.id())) {
                    if (a.open() && CURRENCY.equals(a.currency())) {
                        out.putIfAbsent(a.id(), new Suggestion(a.id(), a.number(), c.id(), c.name(), "the payer's INN " + payerInn
                                + " is this account's owner"));
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * Whether we paid this document: by the statement's own settlement accounts when it names them (1C's
     * {@code РасчСчет}: the account the statement is of), else when the payer is one of our entities by INN and, when
     * given, by account. The statement's account wins because the same account may appear as a payer's elsewhere.
     */
    static PaymentDirection direction(BankDocument doc, Set<String> statementAccounts, List<EntityRef> entities) {
        String account = doc.payer().account();
        if (!statementAccounts.isEmpty()) {
            return account != null && statementAccounts.contains(account) ? PaymentDirection.OUT : PaymentDirection.IN;
        }
        for (EntityRef e : entities) {
            if (doc.payer().inn() != null && doc.payer().inn().equals(e.inn()) && (account == null || e.accounts().contains(account))) {
                return PaymentDirection.OUT;
            }
        }
        return PaymentDirection.IN;
    }

    /** Why money cannot go to this account, or null. */
    static String refusal(AccountRef account) {
        if (!account.open()) {
            return "is closed";
        }
        if (!CURRENCY.equals(account.currency())) {
            return "is kept in " + account.currency() + ", not in rubles";
        }
        return null;
    }

    /**
     * Which of ours received the money: the entity with both the recipient's INN and account, else the INN's (the
     * INN is the legal person; an account may be listed under several entities while their details are being set up),
     * else the account's.
     */
    private static EntityRef receiver(BankDocument doc, List<EntityRef> entities) {
        String inn = doc.recipient().inn();
        String account = doc.recipient().account();
        for (EntityRef e : entities) {
            if (inn != null && inn.equals(e.inn()) && account != null && e.accounts().contains(account)) {
                return e;
            }
        }
        for (EntityRef e : entities) {
            if (inn != null && inn.equals(e.inn())) {
                return e;
            }
        }
        for (EntityRef e : entities) {
            if (account != null && e.accounts().contains(account)) {
                return e;
            }
        }
        return null;
    }

    private static boolean wrongEntity(EntityRef received, EntityRef expected) {
        return received != null && expected != null && !received.id().equals(expected.id());
    }

    private static String wrongEntityText(EntityRef received, EntityRef expected) {
        return "It was paid to " + received.name() + " (INN " + received.inn() + "), not to " + expected.name()
                + " (INN " + expected.inn() + "): agree the correction with accounting and the client, then assign it.";
    }
}
