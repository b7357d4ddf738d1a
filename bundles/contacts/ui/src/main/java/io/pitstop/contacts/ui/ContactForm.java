package io.pitstop.contacts.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.pitstop.contacts.api.Address;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactRules;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.DuplicateHint;
import io.pitstop.contacts.api.OrganizationDraft;
import io.pitstop.contacts.api.PersonDraft;
import io.pitstop.contacts.api.Responsible;
import io.pitstop.contacts.api.SavedContact;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.FieldProblems;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Ui;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Creates or edits an organisation or a person. Required fields are checked
 * in the browser's round trip before anything is sent; whatever the service
 * still refuses (INN checksum, phone format, a stale version) shows next to
 * the field it names. Phones and e-mails that another contact already has
 * raise a duplicate warning while typing; saving is still allowed.
 */
final class ContactForm extends Dialog {
    private static final long serialVersionUID = 1L;
    private static final String[] ADDRESS_KINDS = {"legal", "postal", "actual"};

    private final transient ContactService contacts;
    private final ContactKind kind;
    private final Contact existing;
    private final transient Consumer<Contact> onSaved;
    private final transient FieldProblems problems = new FieldProblems();
    private final TextField name = field("name");
    private final TextField inn = field("inn");
    private final TextField kpp = field("kpp");
    private final TextField ogrn = field("ogrn");
    private final TextField lastName = field("lastName");
    private final TextField firstName = field("firstName");
    private final TextField middleName = field("middleName");
    private final DatePicker birthDate = new DatePicker(ContactsUi.t("field.birthDate"));
    private final TextField phones = field("phones");
    private final TextField emails = field("emails");
    private final Map<String, TextField> addresses = new LinkedHashMap<>();
    private final TextField tags = field("tags");
    private final TextField responsible = field("responsible");
    private final TextArea note = new TextArea(ContactsUi.t("field.note"));
    private final Div duplicates = new Div();
    private final Span error = new Span();
    private final Button save = new Button(Common.TEXTS.get("common.save"));

    static void create(ContactService contacts, ContactKind kind, Consumer<Contact> onSaved) {
        new ContactForm(contacts, kind, null, onSaved).open();
    }

    static void edit(ContactService contacts, Contact contact, Consumer<Contact> onSaved) {
        new ContactForm(contacts, contact.kind(), contact, onSaved).open();
    }

    private ContactForm(ContactService contacts, ContactKind kind, Contact existing, Consumer<Contact> onSaved) {
        this.contacts = contacts;
        this.kind = kind;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("contact-form");
        setWidth("52em");
        setHeaderTitle(ContactsUi.t(existing == null
                ? (kind == ContactKind.ORGANIZATION ? "form.newOrganization" : "form.newPerson") : "form.edit"));
        birthDate.setId("contact-form-birthDate");
        note.setId("contact-form-note");
        phones.setHelperText(ContactsUi.t("field.phones.help"));
        emails.setHelperText(ContactsUi.t("field.emails.help"));
        tags.setHelperText(ContactsUi.t("field.tags.help"));
        duplicates.setId("contact-form-duplicates");
        duplicates.setVisible(false);
        duplicates.getStyle().set("color", "var(--lumo-warning-text-color, #8a6d00)");
        error.setId("contact-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        FormLayout form = new FormLayout();
        if (kind == ContactKind.ORGANIZATION) {
            form.add(name, 2);
            form.add(inn, kpp, ogrn);
            problems.field("name", name).field("kpp", kpp).field("ogrn", ogrn);
        } else {
            form.add(lastName, firstName, middleName, birthDate, inn);
            problems.field("lastName", lastName).field("firstName", firstName).field("middleName", middleName)
                    .field("birthDate", birthDate);
        }
        problems.field("inn", inn).field("phones", phones).field("emails", emails).field("tags", tags).field("note", note);
        form.add(phones, emails);
        for (String a : ADDRESS_KINDS) {
            TextField f = field("address-" + a);
            f.setLabel(ContactsUi.t("field.address." + a));
            addresses.put(a, f);
            form.add(f, 2);
        }
        form.add(tags, 2);
        responsibleField(form);
        form.add(note, 2);
        add(form, duplicates, error);

        phones.addBlurListener(e -> checkDuplicates());
        emails.addBlurListener(e -> checkDuplicates());
        save.setId("contact-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(Common.TEXTS.get("common.cancel"), e -> close());
        cancel.setId("contact-form-cancel");
        getFooter().add(cancel, save);
        if (existing != null) {
            fill(existing);
        }
    }

    private static TextField field(String name) {
        TextField f = new TextField(ContactsUi.t("field." + name));
        f.setId("contact-form-" + name);
        f.setWidthFull();
        return f;
    }

    private void fill(Contact c) {
        set(name, c.name());
        set(inn, c.inn());
        set(kpp, c.kpp());
        set(ogrn, c.ogrn());
        set(lastName, c.lastName());
        set(firstName, c.firstName());
        set(middleName, c.middleName());
        birthDate.setValue(c.birthDate());
        phones.setValue(String.join(", ", c.phones()));
        emails.setValue(String.join(", ", c.emails()));
        for (Address a : c.addresses()) {
            TextField f = addresses.get(a.kind());
            if (f != null) {
                f.setValue(a.text() == null ? "" : a.text());
            }
        }
        tags.setValue(String.join(", ", c.tags()));
        note.setValue(c.note() == null ? "" : c.note());
    }

    /**
     * Responsible staff as "line: login" items ("petrova" alone is the main line), filled from the contact; the
     * server checks each login against the staff directory and names a wrong one beside this field.
     */
    private void responsibleField(FormLayout form) {
        responsible.setLabel(ContactsUi.t("field.responsible"));
        responsible.setHelperText(ContactsUi.t("field.responsible.help"));
        if (existing != null) {
            responsible.setValue(String.join(", ", existing.responsible().stream()
                    .map(r -> Responsible.MAIN.equals(r.line()) ? r.login() : r.line() + ": " + r.login()).toList()));
        }
        problems.field("responsible", responsible);
        form.add(responsible, 2);
    }

    static List<Responsible> responsibleItems(String text) {
        List<Responsible> out = new ArrayList<>();
        for (String item : items(text)) {
            int colon = item.indexOf(':');
            out.add(colon < 0 ? new Responsible(null, item)
                    : new Responsible(item.substring(0, colon).trim(), item.substring(colon + 1).trim()));
        }
        return out;
    }

    private static void set(TextField f, String value) {
        f.setValue(value == null ? "" : value);
    }

    /** Splits "a, b; c" or one item per line into trimmed, non-empty items. */
    static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            Arrays.stream(text.split("[,;\\n]")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    private List<Address> addressList() {
        List<Address> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, TextField> a : addresses.entrySet()) {
            String text = a.getValue().getValue().trim();
            if (!text.isEmpty()) {
                problems.field("addresses[" + i++ + "]", a.getValue());
                out.add(new Address(a.getKey(), text));
            }
        }
        return out;
    }

    private void checkDuplicates() {
        List<DuplicateHint> hints;
        try {
            hints = contacts.possibleDuplicates(items(phones.getValue()), items(emails.getValue()),
                    existing == null ? null : existing.id());
        } catch (ValidationException e) {
            // a half-typed phone is not a reason to complain yet; saving will say what is wrong
            hints = List.of();
        }
        showDuplicates(hints);
    }

    private void showDuplicates(List<DuplicateHint> hints) {
        duplicates.removeAll();
        duplicates.setVisible(!hints.isEmpty());
        if (hints.isEmpty()) {
            return;
        }
        duplicates.add(new Span(ContactsUi.t("form.duplicates")));
        for (DuplicateHint h : hints) {
            Anchor link = new Anchor(Routes.card(Routes.CONTACT, h.contactId()), h.name() + " (" + h.value() + ")");
            link.setTarget("_blank");
            link.addClassName("duplicate-hint");
            duplicates.add(new Div(link));
        }
    }

    /** Required fields, checked before anything is sent; the service checks the rest. */
    private boolean checkRequired() {
        List<AbstractField<?, ?>> required = kind == ContactKind.ORGANIZATION ? List.of(name) : List.of(lastName, firstName);
        boolean ok = true;
        for (AbstractField<?, ?> f : required) {
            if (f.isEmpty() || f.getValue().toString().isBlank()) {
                ((HasValidation) f).setErrorMessage(ContactsUi.t("form.required"));
                ((HasValidation) f).setInvalid(true);
                ok = false;
            }
        }
        return ok;
    }

    /**
     * The service's own rules (INN, KPP and OGRN checksums, phone and e-mail
     * format), run in the browser's session before anything is sent, so every
     * wrong field is marked at once with the message the REST API would give.
     */
    private boolean checkRules() {
        Validation rules = new Validation();
        if (kind == ContactKind.ORGANIZATION) {
            rules.check(() -> ContactRules.inn(inn.getValue(), "inn"))
                    .check(() -> ContactRules.kpp(kpp.getValue(), "kpp"))
                    .check(() -> ContactRules.ogrn(ogrn.getValue(), "ogrn"));
        } else {
            rules.check(() -> ContactRules.personInn(inn.getValue(), "inn"));
        }
        items(phones.getValue()).forEach(p -> rules.check(() -> ContactRules.phone(p, "phones")));
        items(emails.getValue()).forEach(m -> rules.check(() -> ContactRules.email(m, "emails")));
        try {
            rules.throwIfInvalid();
            return true;
        } catch (ValidationException e) {
            error.setText(String.join("; ", problems.show(e)));
            return false;
        }
    }

    private void save() {
        problems.clear();
        error.setText("");
        if (!checkRequired() || !checkRules()) {
            return;
        }
        List<String> phoneList = items(phones.getValue());
        List<String> emailList = items(emails.getValue());
        Set<String> tagSet = new LinkedHashSet<>(items(tags.getValue()));
        List<Address> addressList = addressList();
        String noteText = note.getValue().isBlank() ? null : note.getValue().trim();
        save.setEnabled(false);
        try {
            SavedContact saved;
            if (kind == ContactKind.ORGANIZATION) {
                OrganizationDraft d = new OrganizationDraft(name.getValue().trim(), blank(inn), blank(kpp), blank(ogrn),
                        phoneList, emailList, addressList, tagSet, noteText, responsibleItems(responsible.getValue()));
                saved = existing == null ? contacts.createOrganization(Ui.actor(), d)
                        : contacts.updateOrganization(Ui.actor(), existing.id(), d, existing.version());
            } else {
                PersonDraft d = new PersonDraft(lastName.getValue().trim(), firstName.getValue().trim(), blank(middleName),
                        birthDate.getValue(), blank(inn), phoneList, emailList, addressList, tagSet, noteText,
                        responsibleItems(responsible.getValue()));
                saved = existing == null ? contacts.createPerson(Ui.actor(), d)
                        : contacts.updatePerson(Ui.actor(), existing.id(), d, existing.version());
            }
            close();
            Ui.notice("contact.saved", ContactsUi.t("form.saved", saved.contact().name()));
            if (!saved.possibleDuplicates().isEmpty()) {
                Ui.problem("contact.duplicates", ContactsUi.t("form.savedWithDuplicates", saved.possibleDuplicates().size()));
            }
            onSaved.accept(saved.contact());
        } catch (ConflictException e) {
            error.setText(e.existingId() == null ? Ui.message(e)
                    : ContactsUi.t("form.conflict", Ui.message(e)));
            if (e.existingId() != null) {
                showDuplicates(List.of(new DuplicateHint(ContactId.parse(e.existingId()), ContactsUi.t("form.conflict.open"),
                        "inn", inn.getValue())));
            }
        } catch (PitstopException e) {
            List<String> rest = problems.show(e);
            error.setText(String.join("; ", rest));
        } finally {
            save.setEnabled(true);
        }
    }

    private static String blank(TextField f) {
        String v = f.getValue();
        return v == null || v.isBlank() ? null : v.trim();
    }
}
