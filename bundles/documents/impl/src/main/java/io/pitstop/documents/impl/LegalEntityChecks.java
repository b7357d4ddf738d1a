package io.pitstop.documents.impl;

import io.pitstop.contacts.api.ContactRules;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.ValidationException;
import io.pitstop.documents.api.BankAccount;
import io.pitstop.documents.api.BankRules;
import io.pitstop.documents.api.LegalEntityDraft;
import io.pitstop.documents.api.Signatory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rules of a legal entity's draft: every refusal at once, each naming its field; the draft comes back with its
 * texts trimmed and codes normalised. A bank account whose control key fails passes (it only warns on read).
 */
final class LegalEntityChecks {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private LegalEntityChecks() {
    }

    static LegalEntityDraft check(LegalEntityDraft d) {
        if (d == null) {
            throw ValidationException.field("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String fullName = text(d.fullName(), "fullName", 500, true, errors);
        String shortName = text(d.shortName(), "shortName", 200, true, errors);
        String inn = code(() -> ContactRules.inn(d.inn(), "inn"), errors);
        if (inn == null && errors.stream().noneMatch(e -> e.field().equals("inn"))) {
            errors.add(new FieldError("inn", "is required"));
        }
        String kpp = code(() -> ContactRules.kpp(d.kpp(), "kpp"), errors);
        String ogrn = code(() -> ContactRules.ogrn(d.ogrn(), "ogrn"), errors);
        String legal = text(d.legalAddress(), "legalAddress", 1000, false, errors);
        String postal = text(d.postalAddress(), "postalAddress", 1000, false, errors);
        List<BankAccount> accounts = new ArrayList<>();
        for (int i = 0; i < d.bankAccounts().size(); i++) {
            BankAccount a = d.bankAccounts().get(i);
            String at = "bankAccounts[" + i + "]";
            BankAccount trimmed = a == null ? null : new BankAccount(strip(a.account()), strip(a.bankName()), strip(a.bic()),
                    strip(a.correspondentAccount()));
            errors.addAll(BankRules.errors(trimmed, at));
            if (trimmed != null) {
                text(trimmed.bankName(), at + ".bankName", 500, false, errors);
                accounts.add(trimmed);
            }
        }
        Signatory director = signatory(d.director(), "director", errors);
        Signatory accountant = signatory(d.chiefAccountant(), "chiefAccountant", errors);
        if (d.vatMode() == null) {
            errors.add(new FieldError("vatMode", "is required"));
        }
        if (d.closedThrough() != null && (d.closedThrough() < MIN_YEAR || d.closedThrough() > MAX_YEAR)) {
            errors.add(new FieldError("closedThrough", "must be a year from " + MIN_YEAR + " to " + MAX_YEAR));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new LegalEntityDraft(fullName, shortName, inn, kpp, ogrn, legal, postal, accounts, director, accountant,
                d.vatMode(), d.defaultEntity(), d.closedThrough(), d.logo(), d.stamp());
    }

    private static Signatory signatory(Signatory s, String field, List<FieldError> errors) {
        if (s == null) {
            return null;
        }
        String name = text(s.name(), field + ".name", 300, false, errors);
        String position = text(s.position(), field + ".position", 300, false, errors);
        String basis = text(s.basis(), field + ".basis", 300, false, errors);
        return name == null && position == null && basis == null ? null : new Signatory(name, position, basis);
    }

    private static String code(Supplier<String> check, List<FieldError> errors) {
        try {
            return check.get();
        } catch (ValidationException e) {
            errors.addAll(e.fieldErrors());
            return null;
        }
    }

    static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
        String v = strip(value);
        if (v == null) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return v;
    }

    static String strip(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }
}
