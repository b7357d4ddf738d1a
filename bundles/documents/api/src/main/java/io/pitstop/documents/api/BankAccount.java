package io.pitstop.documents.api;

/**
 * A settlement account (расчётный счёт) of a legal entity: 20-digit account number, the bank's name, its BIC (БИК,
 * 9 digits) and correspondent account (корреспондентский счёт, 20 digits).
 */
public record BankAccount(String account, String bankName, String bic, String correspondentAccount) {
}
