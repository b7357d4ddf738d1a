package io.pitstop.contacts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** An e-mail address, lower case. */
@Entity
@Table(name = "contact_email")
public class EmailEntity extends ContactChildEntity {
    @Column(name = "email", nullable = false)
    private String email;

    public EmailEntity() {
    }

    public EmailEntity(String contactId, int pos, String email) {
        super(contactId, pos);
        this.email = email;
    }

    @Override
    public String value() {
        return email;
    }

    @Override
    public void assign(Object value) {
        this.email = (String) value;
    }
}
