package io.pitstop.contacts.api;

/**
 * Search criteria; all optional. {@code text} matches the beginnings of the
 * name's words (each word of the text must start one of them), or exactly a
 * phone (in any common writing), an e-mail, an INN or an OGRN. A null {@code status}
 * matches both active and archived contacts; lists meant for daily work
 * pass {@link ContactStatus#ACTIVE}.
 */
public record ContactQuery(String text, ContactKind kind, ContactStatus status, String tag) {
    public static ContactQuery all() {
        return new ContactQuery(null, null, null, null);
    }
}
