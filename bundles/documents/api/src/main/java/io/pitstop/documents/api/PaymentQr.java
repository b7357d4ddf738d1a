package io.pitstop.documents.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The text of a payment QR code in the GOST R 56042-2014 format that Russian banking apps read:
 * {@code ST00012} (format ST0001, character set 2 = UTF-8), then {@code key=value} pairs separated by {@code |};
 * the sum in kopecks. A {@code |} inside a value would end it, so it is replaced by {@code /}.
 */
public final class PaymentQr {
    private PaymentQr() {
    }

    /** The payload for paying {@code sum} to the entity's account with the given purpose (назначение платежа). */
    public static String payload(LegalEntity payee, BankAccount account, String purpose, BigDecimal sum) {
        StringBuilder out = new StringBuilder("ST00012");
        pair(out, "Name", payee.fullName());
        pair(out, "PersonalAcc", account.account());
        pair(out, "BankName", account.bankName());
        pair(out, "BIC", account.bic());
        pair(out, "CorrespAcc", account.correspondentAccount() == null ? "0" : account.correspondentAccount());
        pair(out, "PayeeINN", payee.inn());
        if (payee.kpp() != null && !payee.kpp().isEmpty()) {
            pair(out, "KPP", payee.kpp());
        }
        pair(out, "Purpose", purpose);
        pair(out, "Sum", sum.setScale(2, RoundingMode.HALF_UP).movePointRight(2).toBigIntegerExact().toString());
        return out.toString();
    }

    private static void pair(StringBuilder out, String key, String value) {
        out.append('|').append(key).append('=').append(value == null ? "" : value.replace('|', '/').replaceAll("[\\r\\n]+", " "));
    }
}
