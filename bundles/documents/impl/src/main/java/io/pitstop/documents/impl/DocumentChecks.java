package io.pitstop.documents.impl;

import io.pitstop.contacts.api.ContactRules;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.ValidationException;
import io.pitstop.documents.api.DocumentDraft;
import io.pitstop.documents.api.DocumentLine;
import io.pitstop.documents.api.Party;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The rules of a document draft: every refusal at once, each naming its field. */
final class DocumentChecks {
    static final Set<String> KINDS = Set.of("invoice", "act");
    static final Set<String> LANGUAGES = Set.of("ru", "en");
    /** The longest purpose a payment order (and so the QR code) carries. */
    static final int MAX_PURPOSE = 210;
    /** A document is one page for now: as many lines as fit beside the requisites and signatures. */
    static final int MAX_LINES = 20;

    private DocumentChecks() {
    }

    static DocumentDraft check(DocumentDraft d) {
        if (d == null) {
            throw ValidationException.field("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (d.kind() == null || !KINDS.contains(d.kind())) {
            errors.add(new FieldError("kind", "must be one of act, invoice"));
        }
        try {
            Numbering.check(d.series(), "series");
        } catch (ValidationException e) {
            errors.addAll(e.fieldErrors());
        }
        if (d.date() == null) {
            errors.add(new FieldError("date", "is required"));
        }
        String language = d.language() == null ? "ru" : d.language();
        if (!LANGUAGES.contains(language)) {
            errors.add(new FieldError("language", "must be one of en, ru"));
        }
        Party buyer = buyer(d.buyer(), errors);
        if (d.lines().isEmpty()) {
            errors.add(new FieldError("lines", "must have at least one line"));
        } else if (d.lines().size() > MAX_LINES) {
            errors.add(new FieldError("lines", "must have at most " + MAX_LINES + " lines"));
        }
        List<DocumentLine> lines = new ArrayList<>();
        for (int i = 0; i < d.lines().size(); i++) {
            DocumentLine l = d.lines().get(i);
            String at = "lines[" + i + "]";
            if (l == null) {
                errors.add(new FieldError(at, "is required"));
                continue;
            }
            String name = LegalEntityChecks.text(l.name(), at + ".name", 500, true, errors);
            String unit = LegalEntityChecks.text(l.unit(), at + ".unit", 20, false, errors);
            if (l.quantity() == null || l.quantity().signum() <= 0 || l.quantity().stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError(at + ".quantity", "must be a number above 0 with at most 2 decimals"));
            }
            if (l.price() == null || l.price().signum() < 0 || l.price().stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError(at + ".price", "must be an amount of 0 or more with at most 2 decimals"));
            }
            if (errors.isEmpty()) {
                lines.add(new DocumentLine(name, l.quantity(), unit, l.price().setScale(2, RoundingMode.UNNECESSARY)));
            }
        }
        String purpose = LegalEntityChecks.text(d.purpose(), "purpose", MAX_PURPOSE, false, errors);
        if (d.about() != null && (d.about().type() == null || d.about().id() == null)) {
            errors.add(new FieldError("about", "needs both type and id"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (DocumentMath.total(lines).compareTo(new BigDecimal("999999999999.99")) > 0) {
            throw ValidationException.field("lines", "add up to more than 999 999 999 999.99");
        }
        return new DocumentDraft(d.kind(), d.series(), d.issuer(), d.date(), language, buyer, lines, purpose, d.about());
    }

    private static Party buyer(Party b, List<FieldError> errors) {
        if (b == null) {
            errors.add(new FieldError("buyer", "is required"));
            return null;
        }
        String name = LegalEntityChecks.text(b.name(), "buyer.name", 500, true, errors);
        String inn = null;
        String kpp = null;
        try {
            inn = ContactRules.inn(b.inn(), "buyer.inn");
        } catch (ValidationException e) {
            errors.addAll(e.fieldErrors());
        }
        try {
            kpp = ContactRules.kpp(b.kpp(), "buyer.kpp");
        } catch (ValidationException e) {
            errors.addAll(e.fieldErrors());
        }
        String address = LegalEntityChecks.text(b.address(), "buyer.address", 1000, false, errors);
        return new Party(name, inn, kpp, address);
    }
}
