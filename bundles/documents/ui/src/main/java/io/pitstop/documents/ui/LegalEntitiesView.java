package io.pitstop.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.pitstop.attachments.api.Attachment;
import io.pitstop.attachments.api.AttachmentService;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.ValidationException;
import io.pitstop.documents.api.BankAccount;
import io.pitstop.documents.api.BankRules;
import io.pitstop.documents.api.LegalEntity;
import io.pitstop.documents.api.LegalEntityDraft;
import io.pitstop.documents.api.LegalEntityService;
import io.pitstop.documents.api.Signatory;
import io.pitstop.documents.api.VatMode;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.FileDrop;
import io.pitstop.ui.api.kit.FormSupport;
import io.pitstop.ui.api.kit.ListView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The administrators' page of our legal entities: the kit's list, and a form with the bank accounts in a sub-grid.
 * A bank account whose control key does not match its BIC is saved and the warnings are shown above the form, the
 * same ones the REST answer lists.
 */
public class LegalEntitiesView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient LegalEntityService entities;
    private final transient AttachmentService attachments;
    private final ListView<LegalEntity> list = new ListView<>("legal-entities");

    public LegalEntitiesView(LegalEntityService entities, AttachmentService attachments) {
        this.entities = entities;
        this.attachments = attachments;
        setId("legal-entities-view");
        setSizeFull();
        add(new H2(t("legal.title")));
        list.column("shortName", t("legal.column.shortName"), LegalEntity::shortName).wide();
        list.column("inn", t("legal.column.inn"), LegalEntity::inn);
        list.column("kpp", t("legal.column.kpp"), e -> e.kpp() == null ? "" : e.kpp());
        list.column("vat", t("legal.column.vat"), e -> t("legal.vat." + e.vatMode().name()));
        list.column("default", t("legal.column.default"), e -> e.defaultEntity() ? t("legal.yes") : "");
        list.column("warnings", t("legal.column.warnings"), e -> e.warnings().isEmpty() ? "" : String.valueOf(e.warnings().size()));
        Button create = new Button(t("legal.new"), e -> open(null));
        create.setId("legal-entities-new");
        list.actions(create);
        list.items(Set.of(), new PageRequest.SortOrder("shortName", true), p -> page(p), () -> entities.list(Ui.actor()).size());
        list.emptyState(t("legal.empty"), t("legal.new"), () -> open(null));
        list.onOpen(this::open);
        add(list);
        setFlexGrow(1, list);
    }

    private List<LegalEntity> page(PageRequest p) {
        List<LegalEntity> all = entities.list(Ui.actor());
        int from = Math.min(p.offset(), all.size());
        return all.subList(from, Math.min(all.size(), from + p.limit()));
    }

    private void open(LegalEntity entity) {
        new Editor(entity).open();
    }

    static String t(String key) {
        return LegalEntitiesContribution.TEXTS.get(key);
    }

    /** The form of one entity in a dialog; stays open with the warnings after a save that warns. */
    private final class Editor extends Dialog {
        private static final long serialVersionUID = 1L;
        private LegalEntity entity;
        private final FormSupport form = new FormSupport();
        private final Div warnings = new Div();
        private final TextField fullName = field("fullName");
        private final TextField shortName = field("shortName");
        private final TextField inn = field("inn");
        private final TextField kpp = field("kpp");
        private final TextField ogrn = field("ogrn");
        private final TextField legalAddress = field("legalAddress");
        private final TextField postalAddress = field("postalAddress");
        private final TextField directorName = field("directorName");
        private final TextField directorPosition = field("directorPosition");
        private final TextField directorBasis = field("directorBasis");
        private final TextField accountantName = field("accountantName");
        private final TextField accountantPosition = field("accountantPosition");
        private final TextField accountantBasis = field("accountantBasis");
        private final Select<VatMode> vatMode = new Select<>();
        private final IntegerField closedThrough = new IntegerField(t("legal.field.closedThrough"));
        private final Checkbox defaultEntity = new Checkbox(t("legal.field.defaultEntity"));
        private final List<BankAccount> accounts = new ArrayList<>();
        private final Grid<BankAccount> accountGrid = new Grid<>();
        private final TextField account = accountField("account");
        private final TextField bankName = accountField("bankName");
        private final TextField bic = accountField("bic");
        private final TextField corr = accountField("correspondentAccount");
        /** The chosen logo and stamp (attachment ids); saved with the form. */
        private UUID logo;
        private UUID stamp;

        Editor(LegalEntity entity) {
            this.entity = entity;
            this.logo = entity == null ? null : entity.logo();
            this.stamp = entity == null ? null : entity.stamp();
            setId("legal-entity-form");
            setWidth("960px");
            warnings.setId("legal-entity-warnings");
            warnings.addClassName("pitstop-warning");
            warnings.getStyle().set("color", "var(--lumo-error-text-color)");
            warnings.setVisible(false);
            vatMode.setLabel(t("legal.field.vatMode"));
            vatMode.setId("legal-entity-form-vatMode");
            vatMode.setItems(VatMode.values());
            vatMode.setItemLabelGenerator(v -> t("legal.vat." + v.name()));
            vatMode.setValue(VatMode.VAT_22);
            closedThrough.setId("legal-entity-form-closedThrough");
            defaultEntity.setId("legal-entity-form-defaultEntity");
            form.field("fullName", fullName).field("shortName", shortName)
                    .field("inn", inn, v -> io.pitstop.contacts.api.ContactRules.inn(v, "inn"))
                    .field("kpp", kpp, v -> io.pitstop.contacts.api.ContactRules.kpp(v, "kpp"))
                    .field("ogrn", ogrn, v -> io.pitstop.contacts.api.ContactRules.ogrn(v, "ogrn"))
                    .field("legalAddress", legalAddress).field("postalAddress", postalAddress)
                    .field("director.name", directorName).field("director.position", directorPosition)
                    .field("director.basis", directorBasis).field("chiefAccountant.name", accountantName)
                    .field("chiefAccountant.position", accountantPosition).field("chiefAccountant.basis", accountantBasis)
                    .field("closedThrough", closedThrough);
            FormLayout fields = new FormLayout(fullName, shortName, inn, kpp, ogrn, vatMode, legalAddress, postalAddress,
                    directorName, directorPosition, directorBasis, accountantName, accountantPosition, accountantBasis,
                    closedThrough, defaultEntity);
            accountGrid.setId("legal-entity-accounts");
            accountGrid.addColumn(BankAccount::account).setHeader(t("legal.account.account")).setAutoWidth(true);
            accountGrid.addColumn(BankAccount::bankName).setHeader(t("legal.account.bankName")).setFlexGrow(1);
            accountGrid.addColumn(BankAccount::bic).setHeader(t("legal.account.bic")).setAutoWidth(true);
            accountGrid.addColumn(BankAccount::correspondentAccount).setHeader(t("legal.account.correspondentAccount")).setAutoWidth(true);
            accountGrid.addComponentColumn(a -> {
                Button remove = new Button(t("legal.account.remove"), e -> {
                    accounts.remove(a);
                    accountGrid.setItems(accounts);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                return remove;
            });
            accountGrid.setAllRowsVisible(true);
            Button add = new Button(t("legal.account.add"), e -> addAccount());
            add.setId("legal-entity-account-add");
            HorizontalLayout newAccount = new HorizontalLayout(account, bankName, bic, corr, add);
            newAccount.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            Button save = new Button(t("legal.save"), e -> save());
            save.setId("legal-entity-form-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(t("legal.cancel"), e -> close());
            cancel.setId("legal-entity-form-cancel");
            add(new VerticalLayout(warnings, fields, new H3(t("legal.accounts")), accountGrid, newAccount,
                    new H3(t("legal.images")), images()));
            getFooter().add(cancel, save);
            if (entity != null) {
                fill(entity);
            }
        }

        private TextField field(String name) {
            TextField f = new TextField(t("legal.field." + name));
            f.setId("legal-entity-form-" + name);
            return f;
        }

        private TextField accountField(String name) {
            TextField f = new TextField(t("legal.account." + name));
            f.setId("legal-entity-account-" + name);
            return f;
        }

        private void fill(LegalEntity e) {
            fullName.setValue(e.fullName());
            shortName.setValue(e.shortName());
            inn.setValue(e.inn());
            kpp.setValue(orEmpty(e.kpp()));
            ogrn.setValue(orEmpty(e.ogrn()));
            legalAddress.setValue(orEmpty(e.legalAddress()));
            postalAddress.setValue(orEmpty(e.postalAddress()));
            if (e.director() != null) {
                directorName.setValue(orEmpty(e.director().name()));
                directorPosition.setValue(orEmpty(e.director().position()));
                directorBasis.setValue(orEmpty(e.director().basis()));
            }
            if (e.chiefAccountant() != null) {
                accountantName.setValue(orEmpty(e.chiefAccountant().name()));
                accountantPosition.setValue(orEmpty(e.chiefAccountant().position()));
                accountantBasis.setValue(orEmpty(e.chiefAccountant().basis()));
            }
            vatMode.setValue(e.vatMode());
            closedThrough.setValue(e.closedThrough());
            defaultEntity.setValue(e.defaultEntity());
            accounts.clear();
            accounts.addAll(e.bankAccounts());
            accountGrid.setItems(accounts);
            showWarnings(e.warnings());
        }

        private void addAccount() {
            BankAccount a = new BankAccount(account.getValue().strip(), bankName.getValue().strip(), bic.getValue().strip(),
                    corr.getValue().strip().isEmpty() ? null : corr.getValue().strip());
            List<FieldError> errors = BankRules.errors(a, "account");
            account.setInvalid(false);
            bic.setInvalid(false);
            corr.setInvalid(false);
            bankName.setInvalid(false);
            for (FieldError error : errors) {
                TextField f = switch (error.field()) {
                    case "account.account" -> account;
                    case "account.bic" -> bic;
                    case "account.correspondentAccount" -> corr;
                    default -> bankName;
                };
                f.setErrorMessage(Ui.translate(error.message()));
                f.setInvalid(true);
            }
            if (errors.isEmpty()) {
                accounts.add(a);
                accountGrid.setItems(accounts);
                account.clear();
                bankName.clear();
                bic.clear();
                corr.clear();
            }
        }

        private void save() {
            if (!form.check()) {
                return;
            }
            LegalEntityDraft draft = new LegalEntityDraft(fullName.getValue(), shortName.getValue(), inn.getValue(),
                    kpp.getValue(), ogrn.getValue(), legalAddress.getValue(), postalAddress.getValue(), accounts,
                    new Signatory(directorName.getValue(), directorPosition.getValue(), directorBasis.getValue()),
                    new Signatory(accountantName.getValue(), accountantPosition.getValue(), accountantBasis.getValue()),
                    vatMode.getValue(), defaultEntity.getValue() ? Boolean.TRUE : null, closedThrough.getValue(),
                    logo, stamp);
            try {
                form.clear();
                LegalEntity saved = entity == null ? entities.create(Ui.actor(), draft)
                        : entities.update(Ui.actor(), entity.id(), draft);
                entity = saved;
                list.refresh();
                Ui.notice("legal.saved", t("legal.saved"));
                if (saved.warnings().isEmpty()) {
                    close();
                } else {
                    showWarnings(saved.warnings());
                }
            } catch (PitstopException problem) {
                List<String> rest = form.show(problem);
                if (!rest.isEmpty()) {
                    Ui.problem("legal.refused", String.join("; ", rest));
                }
            }
        }

        /**
         * The logo and the stamp for documents: each an image dropped or picked, attached to the saved entity and
         * chosen for it when the form is saved. A new entity has no record to attach to yet.
         */
        private Component images() {
            if (entity == null) {
                Span later = new Span(t("legal.images.later"));
                later.setId("legal-entity-images-later");
                return later;
            }
            Span logoName = imageName("logo", logo);
            Span stampName = imageName("stamp", stamp);
            FileDrop logoDrop = new FileDrop("legal-entity-logo", attachments.maxBytes(),
                    f -> logo = attachImage("logo", f, logoName)).accept("image/png", "image/jpeg");
            FileDrop stampDrop = new FileDrop("legal-entity-stamp", attachments.maxBytes(),
                    f -> stamp = attachImage("stamp", f, stampName)).accept("image/png", "image/jpeg");
            FormLayout images = new FormLayout(labelled("logo", logoDrop, logoName), labelled("stamp", stampDrop, stampName));
            return images;
        }

        private Span imageName(String which, UUID id) {
            Span name = new Span(id == null ? t("legal.images.none") : attachments.get(Ui.actor(), id).name());
            name.setId("legal-entity-" + which + "-name");
            return name;
        }

        private Component labelled(String which, FileDrop drop, Span name) {
            Span label = new Span(t("legal.field." + which));
            label.getStyle().set("font-weight", "500");
            return new VerticalLayout(label, drop, name);
        }

        /** The browser's claim is checked here for a clear message at once; the service checks the content on save. */
        private UUID attachImage(String field, FileDrop.Received file, Span name) {
            if (file.mediaType() == null || !(file.mediaType().equals("image/png") || file.mediaType().equals("image/jpeg"))) {
                throw ValidationException.field(field, "must be an image (PNG, JPEG) attached to this legal entity");
            }
            try (InputStream content = file.open()) {
                Attachment a = attachments.attach(Ui.actor(), new RecordRef(LegalEntityService.RECORD_TYPE, entity.id()),
                        file.name(), file.mediaType(), content);
                name.setText(a.name() + " — " + t("legal.images.saveToUse"));
                return a.id();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void showWarnings(List<FieldError> list) {
            warnings.removeAll();
            warnings.setVisible(!list.isEmpty());
            if (!list.isEmpty()) {
                warnings.add(new Span(t("legal.warnings")));
                for (FieldError w : list) {
                    Span line = new Span(w.field() + ": " + Ui.translate(w.message()));
                    line.getStyle().set("display", "block");
                    line.addClassName("legal-entity-warning");
                    warnings.add(line);
                }
                // the form was scrolled down to the accounts being added: bring what was found into view
                warnings.scrollIntoView();
            }
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
