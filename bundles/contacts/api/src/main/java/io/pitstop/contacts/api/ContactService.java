package io.pitstop.contacts.api;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import java.util.List;

/**
 * Contacts: create, change, find, relate, archive. Every write validates the
 * whole draft (all field errors at once), records an audit entry and raises
 * a domain event on topic {@code pitstop/contacts/<ACTION>}.
 */
public interface ContactService {
    /** Sort keys accepted by {@link #search}. */
    List<String> SORTABLE = List.of("name", "createdAt", "inn");

    /** @throws io.pitstop.core.api.ConflictException when the INN already belongs to another contact */
    SavedContact createOrganization(Actor actor, OrganizationDraft draft);

    SavedContact createPerson(Actor actor, PersonDraft draft);

    /** Replaces all fields; {@code expectedVersion} guards against lost updates (409 when stale), -1 skips the check. */
    SavedContact updateOrganization(Actor actor, ContactId id, OrganizationDraft draft, long expectedVersion);

    SavedContact updatePerson(Actor actor, ContactId id, PersonDraft draft, long expectedVersion);

    /**
     * Creates or updates an organisation found by INN (else by exact name),
     * for imports and integrations. Repeating the same upsert changes nothing.
     */
    SavedContact upsertOrganization(Actor actor, OrganizationDraft draft);

    /** @throws io.pitstop.core.api.NotFoundException */
    Contact get(ContactId id);

    Page<Contact> search(ContactQuery query, PageRequest page);

    /**
     * The items of {@link #search} without the total: for lists that load
     * more as the user scrolls and for look-ups that show the first few hits.
     * Counting every match of a broad filter (all active contacts, a common
     * surname) costs more than the page itself over a million contacts.
     */
    default List<Contact> find(ContactQuery query, PageRequest page) {
        return search(query, page).items();
    }

    /** Contacts other than {@code except} that share one of the phones or e-mails (normalised). */
    List<DuplicateHint> possibleDuplicates(List<String> phones, List<String> emails, ContactId except);

    Contact archive(Actor actor, ContactId id);

    Contact restore(Actor actor, ContactId id);

    /** @throws io.pitstop.core.api.ConflictException when a {@link ContactUsage} reports the contact in use */
    void delete(Actor actor, ContactId id);

    Relation relate(Actor actor, ContactId from, RelationType type, ContactId to, String position);

    void unrelate(Actor actor, java.util.UUID relationId);

    /** Relations where the contact stands on either side. */
    List<Relation> relations(ContactId id);

    long count(ContactQuery query);

    /**
     * What merging {@code duplicate} into {@code kept} would move: relations, and each {@link ContactMergeParticipant}'s
     * records by kind. Changes nothing.
     *
     * @throws io.pitstop.core.api.ValidationException on {@code duplicate}: the same contact, unknown, archived or
     *                                                 merged already
     * @throws io.pitstop.core.api.NotFoundException   when {@code kept} does not exist
     */
    MergePreview mergePreview(ContactId kept, ContactId duplicate);

    /**
     * Merges {@code duplicate} into {@code kept} in one transaction (объединение дублей): every participant moves its
     * records, relations move (those that would relate the kept contact to itself or repeat one it has are
     * dropped), the duplicate is archived with a pointer to the kept one (never deleted: ledger entries may name
     * it), an audit record keeps the preview and the reason, and {@link ContactEvents#MERGED} is published. A
     * participant that fails undoes all of it. Returns what moved.
     */
    MergePreview merge(Actor actor, ContactId kept, ContactId duplicate, String reason);
}
