package io.pitstop.contacts.impl.jpa;

import io.pitstop.contacts.api.Responsible;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** A staff member responsible for the contact in one business line. */
@Entity
@Table(name = "contact_responsible")
public class ResponsibleEntity extends ContactChildEntity {
    @Column(name = "line_code", nullable = false)
    private String line;
    @Column(name = "login", nullable = false)
    private String login;

    public ResponsibleEntity() {
    }

    public ResponsibleEntity(String contactId, int pos, Responsible responsible) {
        super(contactId, pos);
        assign(responsible);
    }

    @Override
    public Responsible value() {
        return new Responsible(line, login);
    }

    @Override
    public void assign(Object value) {
        Responsible responsible = (Responsible) value;
        this.line = responsible.line();
        this.login = responsible.login();
    }
}
