package io.pitstop.camel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.contacts.api.Address;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.OrganizationDraft;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Money;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.PostingRequest;
import io.pitstop.ledger.api.TransactionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the {@code pitstop:} endpoints do. Each operation checks the route
 * identity's roles exactly as the matching REST resource does and goes through
 * the same services, so validation and idempotency are the same too.
 */
final class Operations {
    static final String IDEMPOTENCY_KEY = "PitstopIdempotencyKey";

    private final ContactService contacts;
    private final AccountService accounts;
    private final Ledger ledger;
    private final ObjectMapper json = new ObjectMapper();

    Operations(ContactService contacts, AccountService accounts, Ledger ledger) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.ledger = ledger;
    }

    /** The operations of the component itself; every other name is a contributed {@code PitstopOperation}. */
    static final List<String> BUILT_IN = List.of("contacts/upsert", "contacts/find", "ledger/post", "ledger/payment", "accounts/balance",
            "csv/rows", "dead-letter");

    static boolean known(String operation) {
        return BUILT_IN.contains(operation);
    }

    /** What a contributed operation gets: a map for a map or a JSON object, else the text. */
    Object body(Object body) {
        String text = body instanceof Map ? null : text(body);
        if (body instanceof Map || (text != null && text.trim().startsWith("{"))) {
            return map(body);
        }
        return text;
    }

    Object invoke(String operation, Actor actor, Object body, Map<String, Object> headers, String source) {
        switch (operation) {
            case "contacts/upsert":
                Identity.require(actor, operation, "admin", "manager", "accountant");
                return contacts.upsertOrganization(actor, organization(map(body))).contact();
            case "contacts/find":
                Identity.require(actor, operation, "admin", "manager", "accountant", "support", "integrator");
                return contacts.search(new ContactQuery(text(body), null, null, null), PageRequest.first(50)).items();
            case "ledger/post":
                Identity.require(actor, operation, "admin", "accountant");
                return ledger.post(actor, posting(map(body), key(headers)));
            case "ledger/payment":
                Identity.require(actor, operation, "admin", "accountant", "integrator");
                return payment(actor, map(body), key(headers));
            case "accounts/balance":
                Identity.require(actor, operation, "admin", "manager", "accountant", "support", "integrator");
                return balance(body);
            case "csv/rows":
                return CsvRows.parse(text(body));
            default:
                throw new IllegalArgumentException("Unknown pitstop operation " + operation);
        }
    }

    private static String key(Map<String, Object> headers) {
        Object key = headers.get(IDEMPOTENCY_KEY);
        if (key == null || key.toString().isBlank()) {
            throw ValidationException.field(IDEMPOTENCY_KEY, "header is required: a key that is the same when the same "
                    + "message is delivered again (e.g. the bank statement line id)");
        }
        return key.toString();
    }

    /**
     * A body as text for the dead-letter store: what Camel's type converters make of it when it is neither a map
     * nor a list (a file, a mail, a stream), so the letter holds the content, not the object's name.
     */
    String text(Object body, org.apache.camel.Exchange exchange) {
        if (body == null || body instanceof Map || body instanceof List || body instanceof byte[] || body instanceof String) {
            return text(body);
        }
        String converted = exchange.getContext().getTypeConverter().tryConvertTo(String.class, exchange, body);
        return converted != null ? converted : text(body);
    }

    private String text(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof byte[]) {
            return new String((byte[]) body, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (body instanceof Map || body instanceof List) {
            try {
                return json.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                return body.toString();
            }
        }
        return body.toString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object body) {
        if (body instanceof Map) {
            return (Map<String, Object>) body;
        }
        String text = text(body);
        if (text == null || text.isBlank()) {
            throw ValidationException.field("body", "is required");
        }
        try {
            return json.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw ValidationException.field("body", "is neither a map nor a JSON object: " + e.getOriginalMessage());
        }
    }

    private static String str(Map<String, Object> m, String... keys) {
        for (String k : keys) {
            Object v = m.get(k);
            if (v != null && !v.toString().isBlank()) {
                return v.toString().trim();
            }
        }
        return null;
    }

    /** A list value, or a single value split on commas and semicolons (CSV cells hold several phones that way). */
    private static List<String> list(Map<String, Object> m, String plural, String singular) {
        Object v = m.get(plural) != null ? m.get(plural) : m.get(singular);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List) {
            List<String> out = new ArrayList<>();
            for (Object o : (List<?>) v) {
                out.add(String.valueOf(o));
            }
            return out;
        }
        return Arrays.stream(v.toString().split("[,;]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static OrganizationDraft organization(Map<String, Object> m) {
        String address = str(m, "address", "legaladdress");
        return new OrganizationDraft(str(m, "name"), str(m, "inn"), str(m, "kpp"), str(m, "ogrn"),
                list(m, "phones", "phone"), list(m, "emails", "email"),
                address == null ? List.of() : List.of(new Address("legal", address)),
                new LinkedHashSet<>(list(m, "tags", "tag")), str(m, "note"));
    }

    @SuppressWarnings("unchecked")
    private static PostingRequest posting(Map<String, Object> m, String key) {
        Object raw = m.get("lines");
        if (!(raw instanceof List) || ((List<?>) raw).isEmpty()) {
            throw ValidationException.field("lines", "is required: at least two lines that sum to zero");
        }
        List<PostingLine> lines = new ArrayList<>();
        int i = 0;
        for (Object o : (List<Object>) raw) {
            if (!(o instanceof Map)) {
                throw ValidationException.field("lines[" + i + "]", "must be an object");
            }
            Map<String, Object> l = (Map<String, Object>) o;
            lines.add(new PostingLine(book(l, "lines[" + i + "]"), decimal(l.get("amount"), "lines[" + i + "].amount"),
                    str(l, "currency") == null ? Money.RUB : str(l, "currency"), str(l, "memo")));
            i++;
        }
        return new PostingRequest(key, str(m, "type"), str(m, "reason"), str(m, "sourceDocument"), lines, false);
    }

    private static UUID book(Map<String, Object> line, String field) {
        String house = str(line, "houseBook");
        if (house != null) {
            HouseBook b = HouseBook.byCode(house);
            if (b == null) {
                throw ValidationException.field(field + ".houseBook", "is not a house book: " + house);
            }
            return b.bookId();
        }
        String id = str(line, "accountId", "book");
        if (id == null) {
            throw ValidationException.field(field, "needs accountId, book or houseBook");
        }
        return io.pitstop.core.api.TypedId.parse(id, field + ".accountId");
    }

    private static BigDecimal decimal(Object value, String field) {
        if (value == null) {
            throw ValidationException.field(field, "is required");
        }
        try {
            return value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw ValidationException.field(field, "is not a number: " + value);
        }
    }

    private LedgerTransaction payment(Actor actor, Map<String, Object> m, String key) {
        Account account = account(str(m, "accountId"), str(m, "accountNumber"));
        BigDecimal amount = Money.of(decimal(m.get("amount"), "amount"), str(m, "currency") == null ? account.currency()
                : str(m, "currency")).amount();
        if (amount.signum() <= 0) {
            throw ValidationException.field("amount", "must be positive");
        }
        String reference = str(m, "reference");
        String reason = "Payment" + (str(m, "payer") == null ? "" : " from " + str(m, "payer"))
                + (reference == null ? "" : ", " + reference);
        return ledger.post(actor, new PostingRequest(key, TransactionType.TOPUP, reason, reference, List.of(
                new PostingLine(account.id().value(), amount, account.currency(), reference),
                new PostingLine(HouseBook.BANK.bookId(), amount.negate(), account.currency(), reference)), false));
    }

    private Account account(String id, String number) {
        if (id != null) {
            return accounts.get(AccountId.parse(id));
        }
        if (number != null) {
            return accounts.byNumber(number);
        }
        throw ValidationException.field("accountId", "accountId or accountNumber is required");
    }

    private Map<String, Object> balance(Object body) {
        String text = text(body);
        Account account;
        if (text != null && text.trim().startsWith("{")) {
            Map<String, Object> m = map(body);
            account = account(str(m, "accountId"), str(m, "accountNumber"));
        } else if (text != null && text.trim().length() == 36) {
            account = account(text.trim(), null);
        } else {
            account = account(null, text == null ? null : text.trim());
        }
        BookBalance b = ledger.balance(account.id().value());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accountId", account.id().toString());
        out.put("number", account.number());
        out.put("currency", b.currency());
        out.put("balance", b.balance());
        out.put("reserved", b.reserved());
        out.put("creditLimit", b.creditLimit());
        out.put("available", b.available());
        return out;
    }
}
