package io.pitstop.payments.api;

/** A payer or recipient as the bank wrote it: name, INN, KPP, settlement account and the bank's BIC (any may be null). */
public record Party(String name, String inn, String kpp, String account, String bic) {
}
