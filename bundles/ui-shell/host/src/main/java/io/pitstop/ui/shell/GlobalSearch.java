package io.pitstop.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountQuery;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One search box over contacts (name fragment, INN, phone, e-mail) and
 * personal accounts (number), with the combo box's keyboard navigation:
 * type, arrow down, Enter opens the card. It searches only what the user's
 * roles may open, and hides itself when neither kind can be searched.
 */
public class GlobalSearch extends ComboBox<GlobalSearch.Hit> {
    private static final long serialVersionUID = 1L;
    static final int PER_KIND = 10;
    static final int MIN_LENGTH = 2;

    /** One result: the card route it opens and what the list shows. */
    public record Hit(String route, String id, String label) {
    }

    private final transient ShellContext shell;

    public GlobalSearch(ShellContext shell) {
        this.shell = shell;
        setId("global-search");
        setPlaceholder(ShellTexts.t("search.placeholder"));
        setClearButtonVisible(true);
        setWidth("28em");
        setItemLabelGenerator(Hit::label);
        setItems(query -> {
            String text = query.getFilter().orElse("");
            int offset = query.getOffset();
            int limit = query.getLimit();
            return search(text).stream().skip(offset).limit(limit);
        });
        addValueChangeListener(e -> {
            Hit hit = e.getValue();
            if (hit != null && e.isFromClient()) {
                clear();
                UI.getCurrent().navigate(Routes.card(hit.route(), hit.id()));
            }
        });
        refresh();
    }

    /** Shows the box only while something can be searched. */
    public void refresh() {
        setVisible(contacts().isPresent() || accounts().isPresent());
    }

    List<Hit> search(String text) {
        String q = text == null ? "" : text.trim();
        if (q.length() < MIN_LENGTH) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        // find, not search: the box shows the first hits only, so the matches of a common name are not counted
        contacts().ifPresent(service -> service.find(new ContactQuery(q, null, ContactStatus.ACTIVE, null),
                        new PageRequest(0, PER_KIND, List.of(new PageRequest.SortOrder("name", true))))
                .forEach(c -> hits.add(new Hit(Routes.CONTACT, c.id().toString(), label(c)))));
        accounts().ifPresent(service -> service.search(new AccountQuery(null, null, q),
                        new PageRequest(0, PER_KIND, List.of(new PageRequest.SortOrder("number", true))))
                .items().forEach(a -> hits.add(new Hit(Routes.ACCOUNT, a.id().toString(), label(a)))));
        return hits;
    }

    private static String label(Contact c) {
        String detail = Stream.of(c.inn() == null ? null : ShellTexts.t("search.inn", c.inn()),
                        c.phones().isEmpty() ? null : c.phones().get(0),
                        c.emails().isEmpty() ? null : c.emails().get(0))
                .filter(s -> s != null && !s.isBlank()).findFirst().orElse("");
        return detail.isEmpty() ? c.name() : c.name() + " · " + detail;
    }

    private static String label(Account a) {
        return ShellTexts.t("search.account", a.number(), a.currency());
    }

    private Optional<ContactService> contacts() {
        return mayOpen(Routes.CONTACT) ? shell.contacts() : Optional.empty();
    }

    private Optional<AccountService> accounts() {
        return mayOpen(Routes.ACCOUNT) ? shell.accounts() : Optional.empty();
    }

    private boolean mayOpen(String route) {
        Actor actor = Ui.actor();
        return shell.viewAt(route).map(v -> v.visibleTo(actor)).orElse(false);
    }
}
