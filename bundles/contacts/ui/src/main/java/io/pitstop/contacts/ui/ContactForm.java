package io.pitstop.contacts.ui;

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
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.kit.FormSupport;
import io.pitstop.ui.api.kit.Notice;
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
 * Creates or edits an organisation or a person. Each field is checked by the
 * service's own rule when the user leaves it (INN checksum, KPP, OGRN, phone,
 * e-mail), so a mistake shows before Save; whatever the service still refuses
 * (a stale version) shows next to the field it names. Phones and e-mails that
 * another contact already has raise a warning at the top of the form, in view
 * without scrolling, with links to those contacts; saving is still allowed. An
 * INN another contact has marks the INN field and links that contact: the
 * service refuses a second contact with one INN.
 */
final class ContactForm extends Dialog {
    private static final long serialVersionUID = 1L;
    private static final String[] ADDRESS_KINDS = {"legal", "postal", "actual"};

    private final transient ContactService contacts;
    private final ContactKind kind;
    private final Contact existing;
    private final transient Consumer<Contact> onSaved;
    private final transient FormSupport problems = new FormSupport();
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
        duplicates.getStyle().set("background", "var(--lumo-warning-color-10pct, #fff5d6)")
                .set("color", "var(--lumo-body-text-color)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
        error.setId("contact-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        FormLayout form = new FormLayout();
        if (kind == ContactKind.ORGANIZATION) {
            form.add(name, 2);
            form.add(inn, kpp, ogrn);
            problems.field("name", name, v -> required(v))
                    .field("inn", inn, v -> ContactRules.inn(v, "inn"))
                    .field("kpp", kpp, v -> ContactRules.kpp(v, "kpp"))
                    .field("ogrn", ogrn, v -> ContactRules.ogrn(v, "ogrn"));
        } else {
            form.add(lastName, firstName, middleName, birthDate, inn);
            problems.field("lastName", lastName, v -> required(v)).field("firstName", firstName, v -> required(v))
                    .field("middleName", middleName).field("birthDate", birthDate)
                    .field("inn", inn, v -> ContactRules.personInn(v, "inn"));
        }
        problems.field("phones", phones, v -> items(v).forEach(p -> ContactRules.phone(p, "phones")))
                .field("emails", emails, v -> items(v).forEach(m -> ContactRules.email(m, "emails")))
                .field("tags", tags).field("note", note);
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
        // the warning first: a person sees it without scrolling, before Save
        add(duplicates, form, error);

        inn.addBlurListener(e -> checkDuplicates());
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

    private static void required(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(List.of(new FieldError("", ContactsUi.t("form.required"))));
        }
    }

    private void checkDuplicates() {
        List<DuplicateHint> hints;
        try {
            hints = contacts.possibleDuplicates(items(phones.getValue()), items(emails.getValue()),
                    existing == null ? null : existing.id());
        } catch (ValidationException e) {
            // a half-typed phone is not a reason to complain yet; its own field says what is wrong
            hints = List.of();
        }
        showDuplicates(sameInn(), hints);
    }

    /** Another contact with the INN typed, when the INN is valid: the service would refuse the second one. */
    private DuplicateHint sameInn() {
        String value = blank(inn);
        if (value == null || inn.isInvalid()) {
            return null;
        }
        return contacts.find(new ContactQuery(value, null, null, null), PageRequest.first(5)).stream()
                .filter(c -> value.equals(c.inn()) && (existing == null || !c.id().equals(existing.id())))
                .findFirst().map(c -> new DuplicateHint(c.id(), c.name(), "inn", value)).orElse(null);
    }

    private void showDuplicates(DuplicateHint innOwner, List<DuplicateHint> hints) {
        duplicates.removeAll();
        duplicates.setVisible(innOwner != null || !hints.isEmpty());
        if (innOwner != null) {
            inn.setErrorMessage(ContactsUi.t("form.duplicateInn", innOwner.name()));
            inn.setInvalid(true);
            Div line = new Div(new Span(ContactsUi.t("form.duplicateInn.box") + " "), link(innOwner, innOwner.name()));
            line.setId("contact-form-duplicate-inn");
            duplicates.add(line);
        }
        if (!hints.isEmpty()) {
            duplicates.add(new Span(ContactsUi.t("form.duplicates")));
            for (DuplicateHint h : hints) {
                duplicates.add(new Div(link(h, h.name() + " (" + h.value() + ")")));
            }
        }
    }

    private static Anchor link(DuplicateHint h, String text) {
        Anchor link = new Anchor(Routes.card(Routes.CONTACT, h.contactId()), text);
        // a new tab keeps what was typed here
        link.setTarget("_blank");
        link.addClassName("duplicate-hint");
        return link;
    }

    private void save() {
        error.setText("");
        if (!problems.check()) {
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
            List<DuplicateHint> similar = saved.possibleDuplicates();
            if (similar.isEmpty()) {
                Ui.notice("contact.saved", ContactsUi.t("form.saved", saved.contact().name()));
            } else {
                // saved is no error: a neutral notice, and the link to check the similar contact at once
                Notice.withLink("contact.duplicates", ContactsUi.t("form.savedWithDuplicates", saved.contact().name(),
                        similar.size()), ContactsUi.t("form.similar.open"), Routes.card(Routes.CONTACT, similar.get(0).contactId()));
            }
            onSaved.accept(saved.contact());
        } catch (ConflictException e) {
            if (e.existingId() == null) {
                error.setText(Ui.message(e));
            } else {
                // another contact took this INN since the field was left
                showDuplicates(new DuplicateHint(ContactId.parse(e.existingId()), ContactsUi.t("form.conflict.open"),
                        "inn", inn.getValue()), List.of());
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
