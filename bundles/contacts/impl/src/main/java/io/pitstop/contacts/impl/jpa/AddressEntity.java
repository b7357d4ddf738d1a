package io.pitstop.contacts.impl.jpa;

import io.pitstop.contacts.api.Address;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** A postal address with its purpose. */
@Entity
@Table(name = "contact_address")
public class AddressEntity extends ContactChildEntity {
    @Column(name = "kind", nullable = false)
    private String kind;
    @Column(name = "address_text", nullable = false)
    private String text;

    public AddressEntity() {
    }

    public AddressEntity(String contactId, int pos, Address address) {
        super(contactId, pos);
        assign(address);
    }

    @Override
    public Address value() {
        return new Address(kind, text);
    }

    @Override
    public void assign(Object value) {
        Address address = (Address) value;
        this.kind = address.kind();
        this.text = address.text();
    }
}
