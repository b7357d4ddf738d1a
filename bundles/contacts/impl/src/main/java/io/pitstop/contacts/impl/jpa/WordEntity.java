package io.pitstop.contacts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** One lower-cased word of the contact's name, for prefix search. */
@Entity
@Table(name = "contact_word")
public class WordEntity extends ContactChildEntity {
    @Column(name = "word", nullable = false)
    private String word;

    public WordEntity() {
    }

    public WordEntity(String contactId, int pos, String word) {
        super(contactId, pos);
        this.word = word;
    }

    @Override
    public String value() {
        return word;
    }

    @Override
    public void assign(Object value) {
        this.word = (String) value;
    }
}
