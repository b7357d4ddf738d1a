package io.pitstop.payments.impl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a payment's purpose names. Seed 000 asks clients to write «Пополнение лицевого счета № N»; people also
 * write «лицевой счёт», «л/с», «ЛС», «N» or «#» for «№», so the pattern takes those, but only after a word of
 * topping up or paying, so that «счет № 72815» (an invoice) is never read as an account.
 */
final class PurposeRules {
    private static final Pattern ACCOUNT = Pattern.compile(
            "(?iu)(?:пополнени\\S*|оплат\\S*|зачислени\\S*)\\s+(?:на\\s+)?(?:лицев\\S*\\s+сч[её]т\\S*|л\\s*/\\s*с|лс)\\s*(?:№|N|#)?\\s*([0-9][0-9-]{0,39})");
    private static final Pattern INVOICE = Pattern.compile("(?iu)сч[её]т\\S*\\s+(?:№|N|#)?\\s*(?:\\d+#)?(\\d{1,20})");

    private PurposeRules() {
    }

    /** The personal account number the purpose names, or null. */
    static String accountNumber(String purpose) {
        if (purpose == null) {
            return null;
        }
        Matcher m = ACCOUNT.matcher(purpose);
        return m.find() ? trimDashes(m.group(1)) : null;
    }

    /** The invoice number the purpose names («по счету 88#72815» → 72815), or null; only for the explanation. */
    static String invoiceNumber(String purpose) {
        if (purpose == null || accountNumber(purpose) != null) {
            return null;
        }
        Matcher m = INVOICE.matcher(purpose);
        return m.find() ? m.group(1) : null;
    }

    private static String trimDashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(0, end);
    }
}
