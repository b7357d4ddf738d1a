package io.pitstop.documents.api;

import io.pitstop.core.api.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks of bank details. Formats (9-digit BIC, 20-digit accounts) are refused when wrong; the control key of
 * an account against its BIC (the Bank of Russia's rule: weights 7, 1, 3 over BIC digits and account, the sum ends
 * in 0) only warns, because real documents carry typos and an entity must still be saved with what its bank
 * printed. Exported so that a form warns with exactly what the service answers.
 */
public final class BankRules {
    private static final Pattern BIC = Pattern.compile("\\d{9}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{20}");
    private static final int[] WEIGHTS = {7, 1, 3};

    private BankRules() {
    }

    /** Whether the text is 9 digits. */
    public static boolean isBic(String bic) {
        return bic != null && BIC.matcher(bic).matches();
    }

    /** Whether the text is 20 digits. */
    public static boolean isAccount(String account) {
        return account != null && ACCOUNT.matcher(account).matches();
    }

    /** Whether a settlement account's control key matches the bank's BIC: the BIC's last 3 digits, then the account. */
    public static boolean accountMatchesBic(String account, String bic) {
        return isAccount(account) && isBic(bic) && keyed(bic.substring(6) + account);
    }

    /** Whether a correspondent account's control key matches the BIC: "0", the BIC's 5th and 6th digits, the account. */
    public static boolean correspondentMatchesBic(String correspondent, String bic) {
        return isAccount(correspondent) && isBic(bic) && keyed("0" + bic.substring(4, 6) + correspondent);
    }

    /** Format errors of one bank account, fields named under {@code at} ({@code bankAccounts[0]}). */
    public static List<FieldError> errors(BankAccount a, String at) {
        List<FieldError> errors = new ArrayList<>();
        if (a == null) {
            errors.add(new FieldError(at, "is required"));
            return errors;
        }
        if (!isAccount(a.account())) {
            errors.add(new FieldError(at + ".account", "must be 20 digits"));
        }
        if (!isBic(a.bic())) {
            errors.add(new FieldError(at + ".bic", "must be 9 digits"));
        }
        if (a.correspondentAccount() != null && !a.correspondentAccount().isEmpty() && !isAccount(a.correspondentAccount())) {
            errors.add(new FieldError(at + ".correspondentAccount", "must be 20 digits"));
        }
        if (a.bankName() == null || a.bankName().isBlank()) {
            errors.add(new FieldError(at + ".bankName", "is required"));
        }
        return errors;
    }

    /** Control-key warnings of well-formed accounts, fields named under {@code at}. */
    public static List<FieldError> warnings(BankAccount a, String at) {
        List<FieldError> warnings = new ArrayList<>();
        if (a == null || !isBic(a.bic())) {
            return warnings;
        }
        if (isAccount(a.account()) && !accountMatchesBic(a.account(), a.bic())) {
            warnings.add(new FieldError(at + ".account", "does not match the BIC " + a.bic()
                    + " by its control key: check both against the bank's letter"));
        }
        if (isAccount(a.correspondentAccount()) && !correspondentMatchesBic(a.correspondentAccount(), a.bic())) {
            warnings.add(new FieldError(at + ".correspondentAccount", "does not match the BIC " + a.bic()
                    + " by its control key: check both against the bank's letter"));
        }
        return warnings;
    }

    private static boolean keyed(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i % 3];
        }
        return sum % 10 == 0;
    }
}
