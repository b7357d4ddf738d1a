package io.pitstop.contacts.api;

/**
 * Search criteria; all optional. {@code text} matches the beginnings of the
 * name's words (each word of the text must start one of them), or exactly a
 * phone (in any common writing), an e-mail, an INN or an OGRN. A null {@code status}
 * matches both active and archived contacts; lists meant for daily work
 * pass {@link ContactStatus#ACTIVE}. {@code responsible} is a staff login:
 * only contacts that member is responsible for, in any line («только мои клиенты»).
 */
public record ContactQuery(String text, ContactKind kind, ContactStatus status, String tag, String responsible) {
    /** Criteria without the responsible staff member. */
    public ContactQuery(String text, ContactKind kind, ContactStatus status, String tag) {
        this(text, kind, status, tag, null);
    }

    public static ContactQuery all() {
        return new ContactQuery(null, null, null, null, null);
    }
}
