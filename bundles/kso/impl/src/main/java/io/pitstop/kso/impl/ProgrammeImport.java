package io.pitstop.kso.impl;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.kso.api.ImportReport;
import io.pitstop.kso.api.ProgrammeDraft;
import io.pitstop.kso.api.ProgrammeStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a programme file into drafts: columns by the header's names (the REST field names, or the Russian headings
 * of the seed's table and card), one draft per good row, one problem per bad row. A row repeating the id of an
 * earlier good row replaces it: a bank's file that lists a programme twice means its later line (the seed's table
 * repeats 113124 and 113125), and the report names both lines.
 */
final class ProgrammeImport {
    /** Header names, lower case without spaces around, → the field they fill. */
    private static final Map<String, String> COLUMNS = new HashMap<>();
    static final List<String> REQUIRED = List.of("code", "bank", "name", "annualRatePercent", "downPaymentPercentMin",
            "downPaymentPercentMax", "amountMin", "amountMax", "termMonthsMin", "termMonthsMax");

    static {
        for (String f : List.of("code", "location", "defaultLocation", "bank", "online", "name", "status",
                "annualRatePercent", "downPaymentPercentMin", "downPaymentPercentMax", "amountMin", "amountMax",
                "termMonthsMin", "termMonthsMax", "residual", "residualPercentMin", "residualPercentMax",
                "stateProgramme", "collateral", "kaskoRequired", "kaskoTermMonths", "lifeInsuranceRequired",
                "gapRequired", "priority")) {
            COLUMNS.put(f.toLowerCase(Locale.ROOT), f);
        }
        Map<String, String> ru = Map.ofEntries(Map.entry("id", "code"), Map.entry("локация", "location"),
                Map.entry("локация по умолчанию", "defaultLocation"), Map.entry("агентство", "bank"),
                Map.entry("банк", "bank"), Map.entry("онлайн", "online"), Map.entry("программа", "name"),
                Map.entry("название программы", "name"), Map.entry("статус", "status"), Map.entry("ставка", "annualRatePercent"),
                Map.entry("взнос min", "downPaymentPercentMin"), Map.entry("взнос max", "downPaymentPercentMax"),
                Map.entry("сумма min", "amountMin"), Map.entry("сумма max", "amountMax"),
                Map.entry("срок min", "termMonthsMin"), Map.entry("срок max", "termMonthsMax"),
                Map.entry("программа с остаточным платежом", "residual"), Map.entry("остаточный min", "residualPercentMin"),
                Map.entry("остаточный max", "residualPercentMax"), Map.entry("госпрограмма", "stateProgramme"),
                Map.entry("залоговый кредит", "collateral"), Map.entry("требование каско", "kaskoRequired"),
                Map.entry("срок страхования каско", "kaskoTermMonths"), Map.entry("требование сж", "lifeInsuranceRequired"),
                Map.entry("требование gap", "gapRequired"), Map.entry("приоритет", "priority"));
        COLUMNS.putAll(ru);
    }

    /** A good row: its line and what it says. */
    record Good(int line, ProgrammeDraft draft) {
    }

    /** The file read: the rows to store (the last of each id) and what the report says about the others. */
    record Parsed(List<Good> rows, List<ImportReport.Repeat> repeated, List<ImportReport.Problem> problems) {
    }

    private ProgrammeImport() {
    }

    static Parsed parse(byte[] content) {
        List<TableFile.Row> table = TableFile.read(content);
        if (table.isEmpty()) {
            throw ValidationException.field("file", "is empty");
        }
        List<String> header = table.get(0).cells();
        Map<String, Integer> at = new HashMap<>();
        List<FieldError> headerErrors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String field = COLUMNS.get(name);
            if (field == null) {
                headerErrors.add(new FieldError("file", "column " + (i + 1) + " " + io.pitstop.core.api.Validation.quote(header.get(i))
                        + " is not a programme field"));
            } else if (at.putIfAbsent(field, i) != null) {
                headerErrors.add(new FieldError("file", "column " + field + " is given twice"));
            }
        }
        for (String f : REQUIRED) {
            if (!at.containsKey(f)) {
                headerErrors.add(new FieldError("file", "has no column " + f));
            }
        }
        if (!headerErrors.isEmpty()) {
            throw new ValidationException(headerErrors);
        }
        Map<String, Good> byCode = new LinkedHashMap<>();
        List<ImportReport.Repeat> repeated = new ArrayList<>();
        List<ImportReport.Problem> problems = new ArrayList<>();
        for (TableFile.Row row : table.subList(1, table.size())) {
            Cells cells = new Cells(row.cells(), at);
            ProgrammeDraft draft = cells.draft();
            Validation v = cells.errors;
            if (!v.hasErrors()) {
                ProgrammeRules.collect(draft, v);
            }
            try {
                v.throwIfInvalid();
            } catch (ValidationException e) {
                for (FieldError fe : e.fieldErrors()) {
                    problems.add(new ImportReport.Problem(row.line(), fe.field(), fe.message()));
                }
                continue;
            }
            Good earlier = byCode.remove(draft.code());
            if (earlier != null) {
                repeated.add(new ImportReport.Repeat(row.line(), earlier.line(), draft.code()));
            }
            byCode.put(draft.code(), new Good(row.line(), draft));
        }
        return new Parsed(List.copyOf(byCode.values()), repeated, problems);
    }

    /** One row's cells read as the fields' types; a cell that cannot be read is an error on its field. */
    private static final class Cells {
        final List<String> cells;
        final Map<String, Integer> at;
        final Validation errors = new Validation();

        Cells(List<String> cells, Map<String, Integer> at) {
            this.cells = cells;
            this.at = at;
        }

        ProgrammeDraft draft() {
            String code = text("code");
            if (code == null) {
                errors.required(null, "code");
            }
            boolean residual = flag("residual");
            return new ProgrammeDraft(code, text("location"), text("defaultLocation"), text("bank"), flag("online"),
                    text("name"), status(), number("annualRatePercent"), number("downPaymentPercentMin"),
                    number("downPaymentPercentMax"), number("amountMin"), number("amountMax"), whole("termMonthsMin", 0),
                    whole("termMonthsMax", 0), residual, number("residualPercentMin"), number("residualPercentMax"),
                    flag("stateProgramme"), flag("collateral"), flag("kaskoRequired"), wholeOrNull("kaskoTermMonths"),
                    flag("lifeInsuranceRequired"), flag("gapRequired"), whole("priority", 0));
        }

        String text(String field) {
            Integer i = at.get(field);
            if (i == null || i >= cells.size()) {
                return null;
            }
            String s = cells.get(i).strip();
            if (s.isEmpty() || s.equals("-")) {
                return null;
            }
            if (s.chars().anyMatch(Character::isISOControl)) {
                errors.require(false, field, "must be one line of text");
                return null;
            }
            return s;
        }

        boolean flag(String field) {
            String s = text(field);
            if (s == null) {
                return false;
            }
            switch (s.toLowerCase(Locale.ROOT)) {
                case "true", "да", "yes", "1":
                    return true;
                case "false", "нет", "no", "0":
                    return false;
                default:
                    errors.require(false, field, "must be true or false (да or нет): " + Validation.quote(s));
                    return false;
            }
        }

        ProgrammeStatus status() {
            String s = text("status");
            if (s == null) {
                return ProgrammeStatus.NEW;
            }
            switch (s.toLowerCase(Locale.ROOT)) {
                case "new", "новый", "новая":
                    return ProgrammeStatus.NEW;
                case "active", "действует", "активный", "активная":
                    return ProgrammeStatus.ACTIVE;
                case "closed", "закрыт", "закрыта", "закрытый":
                    return ProgrammeStatus.CLOSED;
                default:
                    errors.require(false, "status", "must be one of NEW, ACTIVE, CLOSED: " + Validation.quote(s));
                    return ProgrammeStatus.NEW;
            }
        }

        /** A number as people type it: {@code 6 900 000}, {@code 39,9999}, {@code 20%}, {@code 90 000 P}. */
        BigDecimal number(String field) {
            String s = text(field);
            if (s == null) {
                return null;
            }
            String n = s.replaceAll("руб\\.?|мес\\.?|[\\s\u00a0%₽P]", "").replace(',', '.');
            try {
                return new BigDecimal(n);
            } catch (NumberFormatException e) {
                errors.require(false, field, "must be a number: " + Validation.quote(s));
                return null;
            }
        }

        int whole(String field, int fallback) {
            Integer n = wholeOrNull(field);
            return n == null ? fallback : n;
        }

        Integer wholeOrNull(String field) {
            BigDecimal n = number(field);
            if (n == null) {
                return null;
            }
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                errors.require(false, field, "must be a whole number: " + n.toPlainString());
                return null;
            }
        }
    }
}
