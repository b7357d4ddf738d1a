package io.pitstop.ui.api.kit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Ui;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /kit}, administrators only: every part of the kit with sample data,
 * so that a plugin author sees what there is and how it looks in both
 * languages before writing a view. Nothing here touches a real record.
 */
public class KitGallery extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    /** The route of the gallery. */
    public static final String ROUTE = "kit";

    /** A sample row of the sample list. */
    record Sample(String name, String kind, String phone, BigDecimal balance, Instant at) {
    }

    public KitGallery() {
        setId("kit-gallery");
        add(new H2(t("kit.gallery.title")));
        formats();
        badges();
        card();
        list();
        form();
        confirm();
        history();
        fileDrop();
    }

    @Override
    public String getPageTitle() {
        return t("kit.gallery.title");
    }

    private static String t(String key, Object... args) {
        return Common.TEXTS.get(key, args);
    }

    private void section(String key) {
        H3 h = new H3(t(key));
        h.setId("kit-section-" + key.substring(key.lastIndexOf('.') + 1));
        add(h);
    }

    private void formats() {
        section("kit.gallery.formats");
        Instant at = Instant.parse("2026-12-07T11:05:00Z");
        FormLayout f = new FormLayout();
        for (Locale locale : Ui.LOCALES) {
            Formats x = Formats.of(locale, Ui.DEFAULT_ZONE);
            Span s = new Span(String.join("  ·  ", x.money(new BigDecimal("1500"), "RUB"), x.phone("+74951234567"),
                    x.date(LocalDate.of(2026, 12, 7)), x.dateTime(at), x.innKpp("7707083893", "770701001"),
                    x.accountNumber("40817810509900123456"), x.count(1234)));
            s.setId("kit-formats-" + locale.getLanguage());
            f.addFormItem(s, locale.getLanguage());
        }
        add(f);
    }

    private void badges() {
        section("kit.gallery.badges");
        HorizontalLayout row = new HorizontalLayout();
        for (StatusBadge.Tone tone : StatusBadge.Tone.values()) {
            row.add(new StatusBadge(tone.name(), tone.name().toLowerCase(Locale.ROOT), tone));
        }
        add(row);
    }

    private void card() {
        section("kit.gallery.card");
        RecordCard card = new RecordCard("kit-card").title("kit-card-title", "ООО «Ромашка»")
                .badge(StatusBadge.of("kit-card-status", "ACTIVE", t("kit.gallery.active"), StatusBadge.Tone.SUCCESS))
                .subtitle("7707083893 / 770701001")
                .action(new Button(t("kit.gallery.action")));
        Formats x = Ui.formats();
        card.tile("kit-card-balance", t("kit.gallery.balance"), x.money(new BigDecimal("12500.5"), "RUB"));
        card.tile("kit-card-accounts", t("kit.gallery.accounts"), "2");
        card.tab("kit-card-tab-one", t("kit.gallery.tab"), () -> new Span(t("kit.gallery.tabText")));
        add(card);
    }

    private void list() {
        section("kit.gallery.list");
        Formats x = Ui.formats();
        List<Sample> all = List.of(
                new Sample("ООО «Ромашка»", "ORGANIZATION", "+74951234567", new BigDecimal("1500"), Instant.parse("2026-12-01T07:00:00Z")),
                new Sample("Иванов Иван Иванович", "PERSON", "+79160001122", new BigDecimal("-20"), Instant.parse("2026-12-03T15:30:00Z")),
                new Sample("АО «Вектор»", "ORGANIZATION", "+442079460958", BigDecimal.ZERO, Instant.parse("2026-12-07T09:10:00Z")));
        TextField text = new TextField();
        text.setId("kit-list-filter");
        text.setPlaceholder(t("kit.gallery.search"));
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        ListView<Sample> list = new ListView<>("kit-list");
        list.setHeight("22em");
        list.textFilter("text", text);
        list.column("name", t("kit.gallery.name"), Sample::name).wide();
        list.column("kind", t("kit.gallery.kind"), s -> t("kit.gallery.kind." + s.kind())).narrow();
        list.column("phone", t("kit.gallery.phone"), s -> x.phone(s.phone())).narrow();
        list.column("balance", t("kit.gallery.balance"), s -> x.money(s.balance(), "RUB")).narrow().number(Sample::balance);
        list.column("at", t("kit.gallery.at"), s -> x.dateTime(s.at())).narrow();
        List<Sample>[] found = new List[] {all};
        ListView.Pages<Sample> pages = p -> {
            found[0] = all.stream().filter(s -> s.name().toLowerCase(Locale.ROOT)
                    .contains(text.getValue().toLowerCase(Locale.ROOT).trim())).toList();
            return found[0].subList(Math.min(p.offset(), found[0].size()), Math.min(p.offset() + p.limit(), found[0].size()));
        };
        list.items(List.of(), null, pages, () -> pages.fetch(PageRequest.first(1000)).size())
                .emptyState(t("kit.gallery.empty"), t("kit.gallery.action"), () -> { })
                .totals(() -> Map.of("balance", x.money(found[0].stream().map(Sample::balance)
                        .reduce(BigDecimal.ZERO, BigDecimal::add), "RUB")))
                .tools("kit-sample");
        add(list);
    }

    private void form() {
        section("kit.gallery.form");
        TextField inn = new TextField(t("kit.gallery.inn"));
        inn.setId("kit-form-inn");
        FormSupport form = new FormSupport().field("inn", inn, v -> {
            if (!v.isBlank() && !v.matches("\\d{10}|\\d{12}")) {
                throw new ValidationException(List.of(new FieldError("inn", "must be 10 or 12 digits")));
            }
        });
        Button check = new Button(t("kit.gallery.check"), e -> form.check());
        check.setId("kit-form-check");
        add(new HorizontalLayout(inn, check));
    }

    private void confirm() {
        section("kit.gallery.confirm");
        Formats x = Ui.formats();
        Button open = new Button(t("kit.gallery.topup"), e -> new ConfirmDialog("kit-confirm", t("kit.gallery.topup"))
                .row("account", t("kit.gallery.account"), x.accountNumber("40817810509900123456"))
                .row("amount", t("kit.gallery.amount"), x.money(new BigDecimal("1500"), "RUB"))
                .change("balance", t("kit.gallery.balance"), x.money(BigDecimal.ZERO, "RUB"), x.money(new BigDecimal("1500"), "RUB"))
                .onConfirm(t("kit.gallery.topup"), false, () -> Ui.notice("kit.confirmed", t("kit.gallery.done")))
                .open());
        open.setId("kit-confirm-open");
        add(open);
    }

    /** A file is taken and described; nothing is stored (the files tab of every card stores them). */
    private void fileDrop() {
        section("kit.gallery.fileDrop");
        add(new FileDrop("kit-file-drop", 2 * 1024 * 1024, file -> Ui.notice("kit.file.received",
                t("kit.gallery.fileDropped", file.name(), FileDrop.size(Ui.locale(), file.size())))));
    }

    private void history() {
        section("kit.gallery.history");
        RecordRef ref = new RecordRef("contact", UUID.randomUUID());
        List<AuditEntry> entries = List.of(
                new AuditEntry(UUID.randomUUID(), Instant.parse("2026-12-07T11:05:00Z"), "manager", ref, "UPDATE",
                        "{\"name\":\"ООО «Ромашка»\",\"phones\":[\"+74951234567\"]}",
                        "{\"name\":\"ООО «Ромашка»\",\"phones\":[\"+74957654321\"],\"kpp\":\"770701001\"}"),
                new AuditEntry(UUID.randomUUID(), Instant.parse("2026-12-01T07:00:00Z"), "admin", ref, "CREATE", null,
                        "{\"name\":\"ООО «Ромашка»\",\"phones\":[\"+74951234567\"]}"));
        Formats x = Ui.formats();
        add(new Div(HistoryDiff.of("kit-history").formats(x).fields(Common.TEXTS, "kit.gallery.field.")
                .actions(Common.TEXTS, "kit.gallery.audit.")
                .values((field, value) -> field.equals("phones") ? x.phone(value) : value).build(entries)));
    }
}
