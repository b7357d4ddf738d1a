package io.pitstop.contacts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.StreamResourceWriter;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Ui;

/**
 * {@code /contacts}: a grid that loads one page at a time from the contact
 * service (sorted and filtered by the database, so it stays quick over a
 * million contacts), filters for text, kind, status and tag, and buttons to
 * create an organisation or a person.
 */
public class ContactsListView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    static final PageRequest.SortOrder BY_NAME = new PageRequest.SortOrder("name", true);

    private final transient ContactService contacts;
    private final transient Formats formats = Ui.formats();
    private final TextField text = new TextField();
    private final Select<ContactKind> kind = new Select<>();
    private final Select<ContactStatus> status = new Select<>();
    private final TextField tag = new TextField();
    private final Checkbox onlyMine = onlyMine();
    private final Grid<Contact> grid = new Grid<>();
    private ContactQuery filter = ContactQuery.all();

    public ContactsListView(ContactService contacts) {
        this.contacts = contacts;
        setId("contacts-view");
        setSizeFull();
        text.setId("contacts-filter-text");
        text.setPlaceholder(ContactsUi.t("filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("22em");
        kind.setId("contacts-filter-kind");
        kind.setItems(ContactKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(ContactsUi.t("filter.kind.all"));
        kind.setItemLabelGenerator(k -> k == null ? ContactsUi.t("filter.kind.all") : ContactsUi.kind(k));
        status.setId("contacts-filter-status");
        status.setItems(ContactStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(ContactsUi.t("filter.status.all"));
        status.setItemLabelGenerator(s -> s == null ? ContactsUi.t("filter.status.all") : ContactsUi.status(s));
        status.setValue(ContactStatus.ACTIVE);
        tag.setId("contacts-filter-tag");
        tag.setPlaceholder(ContactsUi.t("filter.tag"));
        tag.setValueChangeMode(ValueChangeMode.LAZY);

        grid.setId("contacts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Contact::name).setHeader(ContactsUi.t("column.name")).setSortProperty("name").setFlexGrow(3);
        grid.addColumn(c -> ContactsUi.kind(c.kind())).setHeader(ContactsUi.t("column.kind")).setAutoWidth(true);
        grid.addColumn(Contact::inn).setHeader(ContactsUi.t("column.inn")).setSortProperty("inn").setAutoWidth(true);
        grid.addColumn(c -> c.phones().isEmpty() ? "" : c.phones().get(0)).setHeader(ContactsUi.t("column.phone")).setAutoWidth(true);
        grid.addColumn(c -> c.emails().isEmpty() ? "" : c.emails().get(0)).setHeader(ContactsUi.t("column.email")).setFlexGrow(2);
        grid.addColumn(c -> ContactsUi.status(c.status())).setHeader(ContactsUi.t("column.status")).setAutoWidth(true);
        grid.addColumn(c -> formats.dateTime(c.createdAt())).setHeader(ContactsUi.t("column.created"))
                .setSortProperty("createdAt").setAutoWidth(true);
        grid.setPageSize(50);
        // no item count: the grid loads more while the user scrolls, so opening the list or changing a filter
        // never counts every match (about 0.2 s per million contacts on PostgreSQL, more on Derby, each time)
        grid.setItems(q -> contacts.find(filter, Common.page(q, ContactService.SORTABLE, BY_NAME)).stream());
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(Routes.card(Routes.CONTACT, e.getItem().id()))));
        grid.setClassNameGenerator(c -> "contact-row");
        for (var field : java.util.List.of(text, tag)) {
            field.addValueChangeListener(e -> applyFilter());
        }
        kind.addValueChangeListener(e -> applyFilter());
        status.addValueChangeListener(e -> applyFilter());
        applyFilter();

        HorizontalLayout filters = new HorizontalLayout(text, kind, status, tag, onlyMine);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // on a narrow window the buttons go to a second line instead of off the screen
        filters.setWidthFull();
        filters.getStyle().set("flex-wrap", "wrap");
        if (ContactsUi.mayEdit()) {
            Button newOrg = new Button(ContactsUi.t("action.newOrganization"), VaadinIcon.OFFICE.create(),
                    e -> ContactForm.create(contacts, ContactKind.ORGANIZATION, this::saved));
            newOrg.setId("contacts-new-organization");
            newOrg.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button newPerson = new Button(ContactsUi.t("action.newPerson"), VaadinIcon.USER.create(),
                    e -> ContactForm.create(contacts, ContactKind.PERSON, this::saved));
            newPerson.setId("contacts-new-person");
            filters.add(newOrg, newPerson);
        }
        // what the filter finds, written to the download page by page when it is clicked
        Anchor export = new Anchor(new StreamResource("contacts.csv",
                (StreamResourceWriter) (out, session) -> ContactsCsv.write(contacts, filter, out)), "");
        export.setId("contacts-export");
        export.getElement().setAttribute("download", true);
        export.add(new Button(ContactsUi.t("action.export"), VaadinIcon.DOWNLOAD.create()));
        filters.add(export);
        add(new H2(ContactsUi.t("menu.contacts")), filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return ContactsUi.t("menu.contacts");
    }

    private void applyFilter() {
        filter = new ContactQuery(blankToNull(text.getValue()), kind.getValue(), status.getValue(), blankToNull(tag.getValue()),
                onlyMine.getValue() && Ui.actor() != null ? Ui.actor().name() : null);
        grid.getDataProvider().refreshAll();
    }

    /** «Только мои клиенты»: the contacts the signed-in member is responsible for, in any line. */
    private Checkbox onlyMine() {
        Checkbox box = new Checkbox(ContactsUi.t("filter.onlyMine"));
        box.setId("contacts-filter-mine");
        box.addValueChangeListener(e -> applyFilter());
        return box;
    }

    private void saved(Contact contact) {
        getUI().ifPresent(ui -> ui.navigate(Routes.card(Routes.CONTACT, contact.id())));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
