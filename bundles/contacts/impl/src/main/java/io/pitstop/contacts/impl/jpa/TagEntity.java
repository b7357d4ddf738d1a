package io.pitstop.contacts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** A tag, lower case. */
@Entity
@Table(name = "contact_tag")
public class TagEntity extends ContactChildEntity {
    @Column(name = "tag", nullable = false)
    private String tag;

    public TagEntity() {
    }

    public TagEntity(String contactId, int pos, String tag) {
        super(contactId, pos);
        this.tag = tag;
    }

    @Override
    public String value() {
        return tag;
    }

    @Override
    public void assign(Object value) {
        this.tag = (String) value;
    }
}
