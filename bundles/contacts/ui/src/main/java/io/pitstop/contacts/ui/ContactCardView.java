package io.pitstop.contacts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouterLink;
import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountDraft;
import io.pitstop.accounts.api.AccountQuery;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.contacts.api.Address;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.contacts.api.Relation;
import io.pitstop.contacts.api.RelationType;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.HistoryDiff;
import io.pitstop.ui.api.kit.RecordCard;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code /contact/<id>}: the contact card on the kit's {@link RecordCard}:
 * name, status badge, INN/KPP, key figures as tiles. Tabs: details, relations,
 * accounts (when the accounts service runs), audit history, and the tabs
 * plugins contribute. Editing, relating and archiving are offered only to
 * roles that may change contacts.
 */
public class ContactCardView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final transient ContactsUi ui;
    private final transient Formats formats = Ui.formats();
    private Div relationsEmpty;
    private Contact contact;

    public ContactCardView(ContactsUi ui) {
        this.ui = ui;
        setId("contact-card");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            contact = ui.contacts().get(ContactId.parse(parameter));
        } catch (NotFoundException | ValidationException e) {
            contact = null;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return contact == null ? ContactsUi.t("card.title") : contact.name();
    }

    private void render() {
        removeAll();
        if (contact == null) {
            Span missing = new Span(ContactsUi.t("card.notFound"));
            missing.setId("contact-not-found");
            add(missing, new RouterLink(ContactsUi.t("menu.contacts"), ContactsListView.class));
            return;
        }
        RecordCard card = new RecordCard("contact-record").title("contact-name", contact.name())
                .badge(ContactsUi.badge(contact).withId("contact-status"))
                .subtitle(ContactsUi.kind(contact.kind()) + (contact.inn() == null ? ""
                        : " · " + ContactsUi.t("field.inn") + " " + formats.innKpp(contact.inn(), contact.kpp())));
        if (ContactsUi.mayEdit()) {
            Button edit = new Button(ContactsUi.t("action.edit"), VaadinIcon.EDIT.create(),
                    e -> ContactForm.edit(ui.contacts(), contact, saved -> reload()));
            edit.setId("contact-edit");
            boolean archived = contact.status() == ContactStatus.ARCHIVED;
            Button archive = new Button(ContactsUi.t(archived ? "action.restore" : "action.archive"),
                    e -> confirmArchive(!archived));
            archive.setId(archived ? "contact-restore" : "contact-archive");
            if (!archived) {
                archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            }
            card.action(edit, archive);
        }
        card.tile("contact-tile-relations", ContactsUi.t("tile.relations"),
                formats.count(ui.contacts().relations(contact.id()).size()));
        ui.accounts().get().ifPresent(accounts -> card.tile("contact-tile-accounts", ContactsUi.t("tile.accounts"),
                formats.count(accounts.search(new AccountQuery(contact.id(), null, null), PageRequest.first(1)).total())));
        card.tile("contact-tile-created", ContactsUi.t("tile.created"), formats.date(
                contact.createdAt().atZone(formats.zone()).toLocalDate()));
        card.tabs().setId("contact-tabs");
        card.tab("contact-tab-details", ContactsUi.t("tab.details"), this::details)
                .tab("contact-tab-relations", ContactsUi.t("tab.relations"), this::relations);
        ui.accounts().get().ifPresent(accounts ->
                card.tab("contact-tab-accounts", ContactsUi.t("tab.accounts"), () -> accounts(accounts)));
        ui.audit().get().ifPresent(audit -> card.tab("contact-tab-history", ContactsUi.t("tab.history"), this::history));
        card.extensions(ui.extensions(), contact.id().ref(), this::reload);
        if (contact.mergedInto() != null) {
            add(mergedInto(contact.mergedInto()));
        }
        add(card);
    }

    /** Says where a merged duplicate's accounts, tasks and files went, with a link there. */
    private Component mergedInto(ContactId kept) {
        RouterLink link = new RouterLink(nameOf(kept), ContactCardView.class, kept.toString());
        link.setId("contact-merged-into-link");
        Div line = new Div(new Span(ContactsUi.t("card.mergedInto") + " "), link);
        line.setId("contact-merged-into");
        line.getElement().setAttribute("data-kept", kept.toString());
        return line;
    }

    private void reload() {
        contact = ui.contacts().get(contact.id());
        render();
    }

    private Component details() {
        FormLayout f = new FormLayout();
        detail(f, "inn", contact.inn());
        detail(f, "kpp", contact.kpp());
        detail(f, "ogrn", contact.ogrn());
        detail(f, "birthDate", formats.date(contact.birthDate()));
        detail(f, "phones", String.join(", ", contact.phones().stream().map(formats::phone).toList()));
        detail(f, "emails", String.join(", ", contact.emails()));
        for (Address a : contact.addresses()) {
            detail(f, "address." + a.kind(), a.text());
        }
        detail(f, "tags", String.join(", ", contact.tags()));
        detail(f, "note", contact.note());
        detail(f, "created", formats.dateTime(contact.createdAt()));
        detail(f, "updated", formats.dateTime(contact.updatedAt()));
        return f;
    }

    private static void detail(FormLayout f, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span v = new Span(value);
        v.setId("contact-detail-" + key.replace('.', '-'));
        f.addFormItem(v, ContactsUi.t("field." + key));
    }

    private Component relations() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Grid<Relation> grid = new Grid<>();
        grid.setId("contact-relations-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(r -> {
            ContactId other = r.from().equals(contact.id()) ? r.to() : r.from();
            return new RouterLink(nameOf(other), ContactCardView.class, other.toString());
        }).setHeader(ContactsUi.t("relation.with"));
        grid.addColumn(r -> ContactsUi.t("relation." + r.type().name() + (r.from().equals(contact.id()) ? ".out" : ".in")))
                .setHeader(ContactsUi.t("relation.type"));
        grid.addColumn(r -> r.position() == null ? "" : r.position()).setHeader(ContactsUi.t("relation.position"));
        if (ContactsUi.mayEdit()) {
            grid.addComponentColumn(r -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> Common.confirm("relation-remove-confirm",
                        ContactsUi.t("relation.remove.confirm"), null, ContactsUi.t("relation.remove"), true, () -> {
                            ui.contacts().unrelate(Ui.actor(), r.id());
                            showRelations(grid);
                        }));
                remove.setId("relation-remove-" + r.id());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return remove;
            }).setAutoWidth(true);
        }
        relationsEmpty = empty("contact-relations-empty", ContactsUi.t("relations.empty"));
        showRelations(grid);
        box.add(grid, relationsEmpty);
        if (ContactsUi.mayEdit()) {
            box.add(relationForm(grid));
        }
        return box;
    }

    /** The contact's relations, or in words that it has none: a blank grid reads as "not loaded". */
    private void showRelations(Grid<Relation> grid) {
        List<Relation> relations = ui.contacts().relations(contact.id());
        grid.setItems(relations);
        grid.setVisible(!relations.isEmpty());
        relationsEmpty.setVisible(relations.isEmpty());
    }

    private static Div empty(String id, String text) {
        Div empty = new Div(new Span(text));
        empty.setId(id);
        empty.addClassName("pitstop-empty");
        empty.getStyle().set("padding", "var(--lumo-space-m)").set("color", "var(--lumo-secondary-text-color)");
        return empty;
    }

    private Component relationForm(Grid<Relation> grid) {
        ComboBox<Contact> target = new ComboBox<>(ContactsUi.t("relation.with"));
        target.setId("relation-target");
        target.setItemLabelGenerator(Contact::name);
        target.setItems(q -> {
            String text = q.getFilter().orElse("");
            int offset = q.getOffset();
            int limit = Math.min(q.getLimit(), 50);
            if (text.trim().length() < 2) {
                return java.util.stream.Stream.empty();
            }
            return ui.contacts().search(new ContactQuery(text, null, ContactStatus.ACTIVE, null),
                    new PageRequest(offset, limit, List.of(new PageRequest.SortOrder("name", true)))).items().stream();
        });
        Select<RelationType> type = new Select<>();
        type.setId("relation-type");
        type.setLabel(ContactsUi.t("relation.type"));
        type.setItems(RelationType.values());
        type.setItemLabelGenerator(t -> ContactsUi.t("relation." + t.name() + ".out"));
        TextField position = new TextField(ContactsUi.t("relation.position"));
        position.setId("relation-position");
        Button add = new Button(ContactsUi.t("relation.add"), VaadinIcon.PLUS.create());
        add.setId("relation-add");
        add.addClickListener(e -> {
            target.setInvalid(false);
            type.setInvalid(false);
            if (target.getValue() == null || type.getValue() == null) {
                target.setInvalid(target.getValue() == null);
                type.setInvalid(type.getValue() == null);
                return;
            }
            try {
                ui.contacts().relate(Ui.actor(), contact.id(), type.getValue(), target.getValue().id(),
                        position.getValue().isBlank() ? null : position.getValue().trim());
                target.clear();
                position.clear();
                showRelations(grid);
            } catch (PitstopException ex) {
                target.setErrorMessage(ex.fieldErrors().stream().map(fe -> Ui.translate(fe.message())).collect(Collectors.joining("; ")));
                target.setInvalid(true);
                if (ex.fieldErrors().isEmpty()) {
                    Ui.problem("relation.failed", Ui.message(ex));
                }
            }
        });
        HorizontalLayout form = new HorizontalLayout(target, type, position, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private String nameOf(ContactId id) {
        try {
            return ui.contacts().get(id).name();
        } catch (NotFoundException e) {
            return id.toString();
        }
    }

    private Component accounts(AccountService accounts) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Grid<Account> grid = accountsGrid(accounts);
        boolean none = grid.getGenericDataView().getItems().findAny().isEmpty();
        grid.setVisible(!none);
        box.add(grid);
        if (none) {
            box.add(empty("contact-accounts-empty", ContactsUi.t("accounts.empty")));
        }
        if (Ui.hasAnyRole(ContactsUi.OPEN_ACCOUNT.toArray(String[]::new)) && contact.status() == ContactStatus.ACTIVE) {
            Button open = new Button(ContactsUi.t("account.open"), VaadinIcon.PLUS.create(), e -> Common.confirm(
                    "contact-open-account-confirm", ContactsUi.t("account.open.confirm", contact.name()),
                    ContactsUi.t("account.open.text"), ContactsUi.t("account.open"), false, () -> {
                        try {
                            Account a = accounts.open(Ui.actor(), new AccountDraft(contact.id(), null, null, null, null));
                            Ui.notice("account.opened", ContactsUi.t("account.opened", formats.accountNumber(a.number())));
                            getUI().ifPresent(ui -> ui.navigate(Routes.card(Routes.ACCOUNT, a.id())));
                        } catch (PitstopException ex) {
                            Ui.problem("account.open.failed", Ui.message(ex));
                        }
                    }));
            open.setId("contact-open-account");
            box.add(open);
        }
        return box;
    }

    private Grid<Account> accountsGrid(AccountService accounts) {
        Grid<Account> grid = new Grid<>();
        grid.setId("contact-accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(AccountLink::new).setHeader(ContactsUi.t("account.number"));
        grid.addColumn(Account::currency).setHeader(ContactsUi.t("account.currency"));
        grid.addColumn(a -> ContactsUi.t("account.status." + a.status().name())).setHeader(ContactsUi.t("account.status"));
        grid.addColumn(a -> formats.dateTime(a.createdAt())).setHeader(ContactsUi.t("field.created"));
        grid.setItems(accounts.search(new AccountQuery(contact.id(), null, null),
                new PageRequest(0, PageRequest.MAX_LIMIT, List.of(new PageRequest.SortOrder("number", true)))).items());
        return grid;
    }

    /** A link to the account card by route, so that this bundle needs no accounts UI class. */
    private static final class AccountLink extends com.vaadin.flow.component.html.Anchor {
        private static final long serialVersionUID = 1L;

        AccountLink(Account a) {
            super(Routes.card(Routes.ACCOUNT, a.id()), Ui.formats().accountNumber(a.number()));
            getElement().setAttribute("router-link", true);
            setId("contact-account-" + a.number());
        }
    }

    /** The audit trail as field changes, {@code Телефоны: +7 (495) 123-45-67 → +7 (495) 765-43-21}. */
    private Component history() {
        return HistoryDiff.of("contact-history").formats(formats)
                .fields(ContactsUi.TEXTS, "history.field.").actions(ContactsUi.TEXTS, "history.action.")
                .values(this::historyValue).hide("relationId", "to")
                .build(ui.audit().get().map(a -> a.history(contact.id().ref(), PageRequest.first(200)).items())
                        .orElse(List.of()));
    }

    /** A stored value as the card shows it: phones formatted, kinds, statuses and address kinds in words. */
    private String historyValue(String field, String value) {
        return switch (field) {
            case "phones" -> formats.phone(value);
            case "kind" -> ContactsUi.TEXTS.has(Ui.locale(), "kind." + value) ? ContactsUi.t("kind." + value) : value;
            case "status" -> ContactsUi.TEXTS.has(Ui.locale(), "status." + value) ? ContactsUi.t("status." + value) : value;
            case "addresses.kind" -> ContactsUi.TEXTS.has(Ui.locale(), "address.kind." + value) ? ContactsUi.t("address.kind." + value) : value;
            case "type" -> ContactsUi.TEXTS.has(Ui.locale(), "relation." + value + ".out") ? ContactsUi.t("relation." + value + ".out") : value;
            case "birthDate" -> {
                try {
                    yield formats.date(java.time.LocalDate.parse(value));
                } catch (java.time.format.DateTimeParseException e) {
                    yield value;
                }
            }
            default -> value;
        };
    }

    private void confirmArchive(boolean archive) {
        Common.confirm("contact-archive-confirm",
                ContactsUi.t(archive ? "archive.confirm" : "restore.confirm", contact.name()),
                ContactsUi.t(archive ? "archive.text" : "restore.text"),
                ContactsUi.t(archive ? "action.archive" : "action.restore"), archive, () -> {
                    contact = archive ? ui.contacts().archive(Ui.actor(), contact.id()) : ui.contacts().restore(Ui.actor(), contact.id());
                    Ui.notice(archive ? "contact.archived" : "contact.restored",
                            ContactsUi.t(archive ? "archive.done" : "restore.done", contact.name()));
                    render();
                });
    }
}
