package io.pitstop.accounts.ui;

import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ui.api.RecordExtensions;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.StatusBadge;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the account views get from their contributing components: the
 * accounts service and ledger, and the contacts service and plugin tabs as
 * they are now.
 */
record AccountsUi(AccountService accounts, Ledger ledger, Supplier<Optional<ContactService>> contacts,
                  RecordExtensions extensions) {
    static final Texts TEXTS = Texts.of(AccountsUi.class, "io.pitstop.accounts.ui.messages");

    /** Staff who may see accounts and their money. */
    static final Set<String> VIEW = Set.of(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT);
    /** How many contacts a search by owner's name looks at. */
    static final int OWNER_MATCHES = 200;
    /** Staff who may post manual top-ups and adjustments, and suspend or resume accounts. */
    static final Set<String> POST = Set.of(Actor.ADMIN, Actor.ACCOUNTANT);

    static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    static boolean mayPost() {
        return Ui.hasAnyRole(POST.toArray(String[]::new));
    }

    static String status(AccountStatus status) {
        return status == null ? "" : t("status." + status.name());
    }

    /** The status as a coloured badge; {@code id} may be null for a grid cell. */
    static StatusBadge badge(String id, AccountStatus status) {
        StatusBadge.Tone tone = switch (status) {
            case ACTIVE -> StatusBadge.Tone.SUCCESS;
            case SUSPENDED -> StatusBadge.Tone.WARNING;
            case CLOSED -> StatusBadge.Tone.NEUTRAL;
        };
        StatusBadge badge = new StatusBadge(status.name(), status(status), tone);
        if (id != null) {
            badge.setId(id);
        }
        return badge;
    }

    /** The owner's display name, or the id when the contacts service is away or the contact is gone. */
    String ownerName(ContactId owner) {
        return contacts.get().map(c -> {
            try {
                return c.get(owner).name();
            } catch (NotFoundException e) {
                return owner.toString();
            }
        }).orElse(owner.toString());
    }

    /**
     * The contacts whose name (or INN, phone, e-mail) the text finds, for
     * finding accounts by their owner. At most {@link #OWNER_MATCHES}: a word
     * as common as «ООО» would otherwise turn one search into a query over
     * every contact; a longer text narrows it.
     */
    Set<ContactId> ownersFound(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return contacts.get().map(c -> c.find(new ContactQuery(text.trim(), null, null, null), PageRequest.first(OWNER_MATCHES))
                .stream().map(Contact::id).collect(Collectors.toSet())).orElse(Set.of());
    }

    /** The book's money, or null when the ledger does not know it (yet). */
    BookBalance balance(UUID book) {
        try {
            return ledger.balance(book);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
