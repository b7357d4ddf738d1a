package io.pitstop.contacts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.MappedSuperclass;

/**
 * A row of one of a contact's lists (phones, e-mails, addresses, tags, name
 * words), keyed by contact and position so that a changed list is rewritten
 * in place, row by row.
 */
@MappedSuperclass
@IdClass(ChildKey.class)
public abstract class ContactChildEntity {
    @Id
    @Column(name = "contact_id", length = 36)
    private String contactId;
    @Id
    @Column(name = "pos")
    private int pos;

    protected ContactChildEntity() {
    }

    protected ContactChildEntity(String contactId, int pos) {
        this.contactId = contactId;
        this.pos = pos;
    }

    public String getContactId() {
        return contactId;
    }

    public int getPos() {
        return pos;
    }

    /** The list element this row holds, in the form the service compares. */
    public abstract Object value();

    /** Replaces the element; the value has the type {@link #value()} returns. */
    public abstract void assign(Object value);
}
