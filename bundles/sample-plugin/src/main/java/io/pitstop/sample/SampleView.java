package io.pitstop.sample;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.ListView;
import io.pitstop.ui.api.kit.RecordCard;
import io.pitstop.ui.api.kit.StatusBadge;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The sample plugin's page: proof that a view can arrive and leave with its
 * feature, and the shortest example of the UI kit: a list of the plugin's own
 * records that counts, filters, exports and says when it is empty, and the
 * card of one record. A real plugin's pages come from its service instead of
 * this fixed list.
 */
public class SampleView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    /** A tariff of the sample plugin. */
    record Tariff(String name, BigDecimal price, boolean active) {
    }

    private static final List<Tariff> TARIFFS = List.of(new Tariff("Базовый", new BigDecimal("990"), true),
            new Tariff("Бизнес", new BigDecimal("4990"), true), new Tariff("Старый", new BigDecimal("500"), false));

    public SampleView() {
        setId("sample-view");
        H2 title = new H2(SampleTexts.TEXTS.get("sample.title"));
        title.setId("sample-title");
        add(title, new Paragraph(SampleTexts.TEXTS.get("sample.text")));

        Formats formats = Ui.formats();
        TextField search = new TextField();
        search.setId("sample-filter");
        search.setPlaceholder(SampleTexts.TEXTS.get("sample.filter"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        ListView<Tariff> list = new ListView<>("sample-list");
        list.setHeight("16em");
        list.textFilter("text", search);
        list.column("name", SampleTexts.TEXTS.get("sample.column.name"), Tariff::name).wide();
        list.column("price", SampleTexts.TEXTS.get("sample.column.price"), t -> formats.money(t.price(), "RUB"))
                .narrow().number(Tariff::price);
        list.componentColumn("status", SampleTexts.TEXTS.get("sample.column.status"), SampleView::status, SampleView::badge)
                .narrow();
        list.items(List.of(), null, page -> found(search.getValue(), page), () -> found(search.getValue(), PageRequest.first(1000)).size())
                .emptyState(SampleTexts.TEXTS.get("sample.empty"), null, null)
                .tools("sample");
        add(list);

        Tariff first = TARIFFS.get(0);
        RecordCard card = new RecordCard("sample-record").title("sample-record-title", first.name())
                .badge(badge(first));
        card.tile("sample-record-price", SampleTexts.TEXTS.get("sample.column.price"), formats.money(first.price(), "RUB"));
        add(card);
    }

    /** The page of tariffs whose name contains the text. */
    private static List<Tariff> found(String text, PageRequest page) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        List<Tariff> all = TARIFFS.stream().filter(x -> x.name().toLowerCase(Locale.ROOT).contains(t)).toList();
        return all.subList(Math.min(page.offset(), all.size()), Math.min(page.offset() + page.limit(), all.size()));
    }

    private static String status(Tariff t) {
        return SampleTexts.TEXTS.get(t.active() ? "sample.status.active" : "sample.status.closed");
    }

    private static StatusBadge badge(Tariff t) {
        return new StatusBadge(t.active() ? "ACTIVE" : "CLOSED", status(t), t.active() ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.NEUTRAL);
    }

    @Override
    public String getPageTitle() {
        return SampleTexts.TEXTS.get("sample.title");
    }
}
