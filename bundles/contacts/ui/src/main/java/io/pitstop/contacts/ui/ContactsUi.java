package io.pitstop.contacts.ui;

import io.pitstop.accounts.api.AccountService;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.ui.api.RecordExtensions;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.StatusBadge;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the contact views get from their contributing components: the
 * contact service, and the optional services and the tabs and actions other bundles add to the card.
 */
record ContactsUi(ContactService contacts, Supplier<Optional<AccountService>> accounts,
                  Supplier<Optional<AuditService>> audit, RecordExtensions extensions) {
    static final Texts TEXTS = Texts.of(ContactsUi.class, "io.pitstop.contacts.ui.messages");

    /** Staff who may see contacts. */
    static final Set<String> VIEW = Set.of(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT);
    /** Staff who may create, change, relate and archive contacts. */
    static final Set<String> EDIT = Set.of(Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT);

    /** Staff who may open a personal account for a contact. */
    static final Set<String> OPEN_ACCOUNT = Set.of(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT);

    static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    static boolean mayEdit() {
        return Ui.hasAnyRole(EDIT.toArray(String[]::new));
    }

    static String kind(ContactKind kind) {
        return kind == null ? "" : t("kind." + kind.name());
    }

    static String status(ContactStatus status) {
        return status == null ? "" : t("status." + status.name());
    }

    /** A contact's status as a badge: active green, archived grey. */
    static StatusBadge badge(Contact contact) {
        return new StatusBadge(contact.status().name(), status(contact.status()),
                contact.status() == ContactStatus.ACTIVE ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.NEUTRAL);
    }
}
