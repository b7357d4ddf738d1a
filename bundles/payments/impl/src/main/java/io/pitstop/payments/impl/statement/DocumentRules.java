package io.pitstop.payments.impl.statement;

import io.pitstop.contacts.api.ContactRules;
import io.pitstop.documents.api.BankRules;
import io.pitstop.payments.api.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns one document's fields (named as in 1C's exchange format, whatever file they came from) into a
 * {@link BankDocument}, or refuses it with the first reason found. Formats are refused (a bank never sends a third
 * decimal or the 31st of February, so such a document is damaged); a settlement account that fails the control
 * key with its BIC only warns, because real payment orders carry such typos (seed 002's recipient account) and the
 * money has arrived all the same.
 */
public final class DocumentRules {
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(?:[.,]\\d{1,2})?");
    private static final Pattern AMOUNT_MORE_DECIMALS = Pattern.compile("\\d{1,15}[.,]\\d{3,}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);

    private DocumentRules() {
    }

    /** The document, or a {@link Refused} naming the reason. */
    public static BankDocument document(int line, String kind, Map<String, String> f) {
        String number = text(f.get("Номер"));
        if (number == null) {
            throw new Refused("the document has no number (Номер)");
        }
        LocalDate date = date(f.get("Дата"), "Дата");
        BigDecimal amount = amount(f.get("Сумма"));
        List<String> warnings = new ArrayList<>();
        Party payer = party(f, "Плательщик", warnings);
        Party recipient = party(f, "Получатель", warnings);
        if (payer.account() == null && payer.inn() == null && payer.name() == null) {
            throw new Refused("the payer is missing (Плательщик, ПлательщикИНН, ПлательщикСчет)");
        }
        return new BankDocument(line, kind, number, date, amount, payer, recipient, text(f.get("НазначениеПлатежа")), warnings);
    }

    static LocalDate date(String value, String field) {
        String v = text(value);
        if (v == null) {
            throw new Refused("the date (" + field + ") is missing");
        }
        try {
            return v.contains("-") ? LocalDate.parse(v, ISO) : LocalDate.parse(v, DATE);
        } catch (DateTimeParseException e) {
            throw new Refused("the date (" + field + ") " + quote(v) + " is not a date");
        }
    }

    static BigDecimal amount(String value) {
        String v = text(value);
        if (v == null) {
            throw new Refused("the amount (Сумма) is missing");
        }
        v = v.replace(" ", "").replace("\u00a0", "");
        if (AMOUNT_MORE_DECIMALS.matcher(v).matches()) {
            throw new Refused("the amount (Сумма) " + quote(v) + " has more than two decimal places");
        }
        if (!AMOUNT.matcher(v).matches()) {
            throw new Refused("the amount (Сумма) " + quote(v) + " is not an amount");
        }
        BigDecimal amount = new BigDecimal(v.replace(',', '.')).setScale(2);
        if (amount.signum() <= 0) {
            throw new Refused("the amount (Сумма) must be above zero");
        }
        return amount;
    }

    private static Party party(Map<String, String> f, String who, List<String> warnings) {
        String name = text(f.get(who));
        if (name == null) {
            name = text(f.get(who + "1"));
        }
        String inn = text(f.get(who + "ИНН"));
        if ("0".equals(inn)) {
            inn = null; // the exchange format's way of saying "a person without an INN"
        }
        if (inn != null && !ContactRules.isValidInn(inn)) {
            throw new Refused("the INN (" + who + "ИНН) " + quote(inn) + " fails its checksum");
        }
        String kpp = text(f.get(who + "КПП"));
        if ("0".equals(kpp)) {
            kpp = null;
        }
        String account = text(f.get(who + "Счет"));
        if (account == null) {
            account = text(f.get(who + "РасчСчет"));
        }
        if (account != null && !BankRules.isAccount(account)) {
            throw new Refused("the account (" + who + "Счет) " + quote(account) + " is not 20 digits");
        }
        String bic = text(f.get(who + "БИК"));
        if (bic != null && !BankRules.isBic(bic)) {
            throw new Refused("the BIC (" + who + "БИК) " + quote(bic) + " is not 9 digits");
        }
        if (account != null && bic != null && !BankRules.accountMatchesBic(account, bic)) {
            warnings.add("the account (" + who + "Счет) " + account + " does not match the BIC " + bic
                    + " by its control key: accepted, check it against the payment order");
        }
        return new Party(name, inn, kpp, account, bic);
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }

    static String quote(String value) {
        return "«" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "»";
    }

    /** A document refused, with the reason in words. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}
