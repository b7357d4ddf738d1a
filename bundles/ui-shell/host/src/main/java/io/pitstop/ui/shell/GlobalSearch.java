package io.pitstop.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.pitstop.core.api.Actor;
import io.pitstop.ui.api.ListParams;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.SearchHit;
import io.pitstop.ui.api.Ui;
import java.util.ArrayList;
import java.util.List;

/**
 * One search box over every registered {@code SearchProvider} the user may
 * see, with the combo box's keyboard navigation: type, arrow down, Enter
 * opens the card. Hits come grouped by type, each group headed by its
 * label; Enter without a chosen hit opens the all-results page
 * ({@code search?q=...}); no hit at all says so. The box hides itself while
 * no provider is there.
 */
public class GlobalSearch extends ComboBox<GlobalSearch.Row> {
    private static final long serialVersionUID = 1L;
    static final int PER_GROUP = 5;

    /**
     * One line of the list: a hit, headed by its group's label when it is the
     * first of its group; a row without a hit says that nothing was found.
     */
    public record Row(String type, String groupLabel, boolean first, SearchHit hit) {
        String label() {
            return hit == null ? ShellTexts.t("search.empty") : hit.title();
        }
    }

    private final transient ShellContext shell;

    public GlobalSearch(ShellContext shell) {
        this.shell = shell;
        setId("global-search");
        setPlaceholder(ShellTexts.t("search.placeholder"));
        setClearButtonVisible(true);
        setWidth("28em");
        setAllowCustomValue(true);
        setItemLabelGenerator(Row::label);
        setRenderer(new ComponentRenderer<>(GlobalSearch::render));
        setItems(query -> rows(query.getFilter().orElse("")).stream().skip(query.getOffset()).limit(query.getLimit()));
        addValueChangeListener(e -> {
            Row row = e.getValue();
            if (row != null && e.isFromClient()) {
                clear();
                if (row.hit() != null) {
                    UI.getCurrent().navigate(row.hit().route());
                }
            }
        });
        // Enter on typed text that names no hit: every result, on its own page
        addCustomValueSetListener(e -> {
            String text = e.getDetail() == null ? "" : e.getDetail().strip();
            clear();
            if (text.length() >= Search.MIN_LENGTH) {
                UI.getCurrent().navigate(ListParams.link(Routes.SEARCH, "q", text));
            }
        });
        refresh();
    }

    /** Shows the box only while something can be searched. */
    public void refresh() {
        setVisible(!shell.searchProviders(Ui.actor()).isEmpty());
    }

    List<Row> rows(String text) {
        if (text == null || text.strip().length() < Search.MIN_LENGTH) {
            return List.of();
        }
        Actor actor = Ui.actor();
        List<Row> rows = new ArrayList<>();
        for (Search.Group group : Search.run(shell.searchProviders(actor), text, PER_GROUP, actor, Ui.locale())) {
            boolean first = true;
            for (SearchHit hit : group.hits()) {
                rows.add(new Row(group.type(), group.label(), first, hit));
                first = false;
            }
        }
        return rows.isEmpty() ? List.of(new Row(null, null, true, null)) : rows;
    }

    private static Component render(Row row) {
        if (row.hit() == null) {
            Span empty = new Span(ShellTexts.t("search.empty"));
            empty.setId("global-search-empty");
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
            return empty;
        }
        Div line = new Div();
        line.addClassName("global-search-hit");
        line.getElement().setAttribute("data-type", row.type());
        if (row.first()) {
            Div header = new Div(new Span(row.groupLabel()));
            header.addClassName("global-search-group");
            header.getElement().setAttribute("data-type", row.type());
            header.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("font-weight", "600")
                    .set("text-transform", "uppercase").set("color", "var(--lumo-secondary-text-color)");
            line.add(header);
        }
        Span title = new Span(row.hit().title());
        line.add(title);
        if (!row.hit().subtitle().isEmpty()) {
            Span subtitle = new Span(" · " + row.hit().subtitle());
            subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");
            line.add(subtitle);
        }
        return line;
    }
}
