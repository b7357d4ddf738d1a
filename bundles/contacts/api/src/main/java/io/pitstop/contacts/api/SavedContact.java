package io.pitstop.contacts.api;

import java.util.List;

/** A saved contact with the possible duplicates found while saving it. */
public record SavedContact(Contact contact, List<DuplicateHint> possibleDuplicates) {
    public SavedContact {
        possibleDuplicates = List.copyOf(possibleDuplicates);
    }
}
