package io.pitstop.documents.api;

/** The other party of a document (покупатель, заказчик): its requisites as the document prints them. */
public record Party(String name, String inn, String kpp, String address) {
}
