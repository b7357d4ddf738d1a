package io.pitstop.billing.impl;

import io.pitstop.billing.api.TariffEvaluation;
import io.pitstop.billing.api.TariffLine;
import io.pitstop.core.api.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Tariff strings as telematics staff type them (seed 001): groups {@code quantity*unitPrice} separated by {@code |}
 * or one space ({@code 4*350|15*100}, {@code 6*350 6*250}). An add-on field (fuel sensors, dispatch) is written the
 * same way, and {@code -} or {@code -*100} (the example left in the field) means none. A unit price may carry
 * kopecks ({@code 350.50} or {@code 350,50}). A mistake is reported with its position (from 1) and character, so
 * the person can find it in what they typed.
 */
final class TariffParser {
    static final String TARIFF = "tariff";
    static final String FUEL_SENSORS = "fuelSensors";
    static final String DISPATCH = "dispatch";
    /** A fleet is thousands of vehicles, not millions: larger numbers are typing mistakes. */
    private static final int MAX_QUANTITY = 100_000;
    private static final BigDecimal MAX_PRICE = new BigDecimal("10000000");

    private TariffParser() {
    }

    static TariffEvaluation evaluate(String tariff, String fuelSensors, String dispatch) {
        List<TariffLine> lines = parse(tariff, TARIFF, false);
        List<TariffLine> addOns = new ArrayList<>();
        addOns.addAll(parse(fuelSensors, FUEL_SENSORS, true));
        addOns.addAll(parse(dispatch, DISPATCH, true));
        int objects = lines.stream().mapToInt(TariffLine::quantity).sum();
        BigDecimal total = sum(lines);
        BigDecimal month = total.add(sum(addOns));
        StringBuilder why = new StringBuilder();
        for (TariffLine l : lines) {
            why.append(why.length() == 0 ? "" : " + ").append(l.quantity()).append(" × ").append(l.unitPrice().toPlainString());
        }
        why.append(" = ").append(total.toPlainString()).append(" for ").append(objects).append(" objects");
        for (TariffLine l : addOns) {
            why.append("; ").append(l.kind()).append(' ').append(l.quantity()).append(" × ").append(l.unitPrice().toPlainString());
        }
        return new TariffEvaluation(tariff, lines, objects, total, addOns, month, why.toString());
    }

    /** The lines of one field; null or empty is none for an add-on and a mistake for the tariff itself. */
    static List<TariffLine> parse(String text, String field, boolean addOn) {
        if (text == null || text.isEmpty()) {
            if (addOn) {
                return List.of();
            }
            throw ValidationException.field(field, "is required");
        }
        if (text.equals("-") || text.startsWith("-*")) {
            if (text.length() > 2) {
                price(text, 2, text.length(), field);
            }
            return List.of();
        }
        List<TariffLine> lines = new ArrayList<>();
        int i = 0;
        while (true) {
            int qStart = i;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == qStart) {
                throw wrong(text, i, field, "a digit of the quantity");
            }
            if (i - qStart > 6 || Integer.parseInt(text.substring(qStart, i)) > MAX_QUANTITY) {
                throw ValidationException.field(field, "quantity at position " + (qStart + 1) + " is more than " + MAX_QUANTITY);
            }
            int quantity = Integer.parseInt(text.substring(qStart, i));
            if (quantity == 0) {
                throw ValidationException.field(field, "quantity at position " + (qStart + 1) + " must be at least 1");
            }
            if (i >= text.length() || text.charAt(i) != '*') {
                throw wrong(text, i, field, "'*' after the quantity");
            }
            i++;
            int pStart = i;
            while (i < text.length() && text.charAt(i) != '|' && text.charAt(i) != ' ') {
                i++;
            }
            BigDecimal unit = price(text, pStart, i, field);
            lines.add(new TariffLine(field, quantity, unit, unit.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.UNNECESSARY)));
            if (i == text.length()) {
                return lines;
            }
            i++;
            if (i == text.length()) {
                throw wrong(text, i, field, "another group after the separator");
            }
        }
    }

    private static BigDecimal price(String text, int from, int to, String field) {
        if (from == to) {
            throw wrong(text, from, field, "a digit of the price");
        }
        int separator = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == ',') && separator < 0 && i > from) {
                separator = i;
            } else if (!isDigit(c)) {
                throw wrong(text, i, field, "a digit of the price");
            }
        }
        if (separator >= 0 && (to - separator - 1 == 0 || to - separator - 1 > 2)) {
            throw ValidationException.field(field, "price at position " + (from + 1) + " must have one or two decimals after the separator");
        }
        BigDecimal value = new BigDecimal(text.substring(from, to).replace(',', '.')).setScale(2, RoundingMode.UNNECESSARY);
        if (value.compareTo(MAX_PRICE) > 0) {
            throw ValidationException.field(field, "price at position " + (from + 1) + " is more than " + MAX_PRICE.toPlainString());
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static ValidationException wrong(String text, int index, String field, String expected) {
        if (index >= text.length()) {
            return ValidationException.field(field, "ends at position " + (index + 1) + " where " + expected + " was expected");
        }
        String shown = io.pitstop.core.api.Validation.quote(String.valueOf(text.charAt(index)));
        return ValidationException.field(field, "has " + shown + " at position " + (index + 1) + " where " + expected + " was expected");
    }

    private static BigDecimal sum(List<TariffLine> lines) {
        return lines.stream().map(TariffLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
