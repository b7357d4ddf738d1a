/**
 * JPA mapping of the contacts schema (db/contacts). Entities carry plain id
 * columns rather than JPA relationships: the service loads children in
 * batches per page and writes them in operation order, so the SQL stays
 * predictable at a million contacts.
 */
package io.pitstop.contacts.impl.jpa;
