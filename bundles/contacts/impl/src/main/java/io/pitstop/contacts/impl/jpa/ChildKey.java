package io.pitstop.contacts.impl.jpa;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of every per-contact list row: the contact and the row's position in the list. */
public class ChildKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private String contactId;
    private int pos;

    public ChildKey() {
    }

    public ChildKey(String contactId, int pos) {
        this.contactId = contactId;
        this.pos = pos;
    }

    public String getContactId() {
        return contactId;
    }

    public int getPos() {
        return pos;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChildKey && ((ChildKey) o).pos == pos && Objects.equals(((ChildKey) o).contactId, contactId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, pos);
    }
}
