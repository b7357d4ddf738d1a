package io.pitstop.ui.api.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import io.pitstop.core.api.RecordRef;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.RecordExtensions;
import java.util.function.Supplier;

/**
 * The card of one record, alike for every record type: a header with the
 * title, the status badge and the action buttons; the key figures as tiles
 * (balance, open tasks, accounts); tabs built when first opened; and what
 * other bundles contribute to this record type ({@link RecordExtensions}).
 * Ids are the caller's, so the stable ids of each card stay as documented.
 */
public class RecordCard extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final H2 title = new H2();
    private final HorizontalLayout header = new HorizontalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Span subtitle = new Span();
    private final Div tiles = new Div();
    private final TabSheet tabs = new TabSheet();

    public RecordCard(String id) {
        setId(id);
        setWidthFull();
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-xxl)");
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");
        actions.getStyle().set("margin-left", "auto").set("flex-wrap", "wrap");
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.add(title, actions);
        subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");
        subtitle.setVisible(false);
        tiles.addClassName("pitstop-tiles");
        tiles.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        tiles.setVisible(false);
        tabs.setWidthFull();
        add(header, subtitle, tiles, tabs);
    }

    /** The record's name or number; {@code id} as documented for the card ({@code contact-name}). */
    public RecordCard title(String id, String text) {
        title.setId(id);
        title.setText(text);
        return this;
    }

    /** The status pill beside the title. */
    public RecordCard badge(StatusBadge badge) {
        header.addComponentAtIndex(header.indexOf(title) + 1, badge);
        return this;
    }

    /** One line under the title: the kind of record, the owner. */
    public RecordCard subtitle(String text) {
        subtitle.setText(text);
        subtitle.setVisible(text != null && !text.isBlank());
        return this;
    }

    /** A key figure: a small label over a large value; returned so that a test attribute can be added. */
    public Div tile(String id, String label, String value) {
        Div tile = new Div();
        tile.addClassName("pitstop-tile");
        tile.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-width", "10em");
        Span l = new Span(label);
        l.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        Span v = new Span(value);
        v.setId(id);
        v.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600")
                .set("font-variant-numeric", "tabular-nums").set("white-space", "nowrap");
        tile.add(l, v);
        tiles.add(tile);
        tiles.setVisible(true);
        return tile;
    }

    /** Header buttons, in order. */
    public RecordCard action(Component... buttons) {
        actions.add(buttons);
        return this;
    }

    /** A tab built when first shown; {@code id} goes on its label ({@code contact-tab-history}). */
    public RecordCard tab(String id, String label, Supplier<Component> content) {
        Common.lazyTab(tabs, id, label, content);
        return this;
    }

    /** The tabs and actions other bundles contribute to this record's type. */
    public RecordCard extensions(RecordExtensions extensions, RecordRef record, Runnable refresh) {
        extensions.addTabs(tabs, record);
        extensions.actionButtons(record, refresh).forEach(actions::add);
        return this;
    }

    public TabSheet tabs() {
        return tabs;
    }
}
