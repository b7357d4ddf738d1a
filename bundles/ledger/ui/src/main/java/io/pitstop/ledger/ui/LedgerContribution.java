package io.pitstop.ledger.ui;

import com.vaadin.flow.component.Component;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Actor;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.ViewContribution;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The journal browser at {@code /ledger}, for admins and accountants, while the ledger runs. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class LedgerContribution implements ViewContribution {
    static final Texts TEXTS = Texts.of(LedgerContribution.class, "io.pitstop.ledger.ui.messages");
    /** Staff who may read the journal. */
    static final Set<String> ROLES = Set.of(Actor.ADMIN, Actor.ACCOUNTANT);

    private final Ledger ledger;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AccountService accounts;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ContactService contacts;

    @Activate
    public LedgerContribution(@Reference Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String route() {
        return Routes.LEDGER;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return JournalView.class;
    }

    @Override
    public Component createView() {
        return new JournalView(ledger, () -> Optional.ofNullable(accounts), () -> Optional.ofNullable(contacts));
    }

    @Override
    public String labelKey() {
        return "menu.ledger";
    }

    @Override
    public Texts texts() {
        return TEXTS;
    }

    @Override
    public Set<String> requiredRoles() {
        return ROLES;
    }

    @Override
    public String icon() {
        return "BOOK_DOLLAR";
    }

    @Override
    public int order() {
        return 30;
    }
}
