package io.pitstop.contacts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** A phone in E.164. */
@Entity
@Table(name = "contact_phone")
public class PhoneEntity extends ContactChildEntity {
    @Column(name = "e164", nullable = false)
    private String e164;

    public PhoneEntity() {
    }

    public PhoneEntity(String contactId, int pos, String e164) {
        super(contactId, pos);
        this.e164 = e164;
    }

    @Override
    public String value() {
        return e164;
    }

    @Override
    public void assign(Object value) {
        this.e164 = (String) value;
    }
}
