package io.pitstop.ui.shell.views;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.core.api.Actor;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.ListParams;
import io.pitstop.ui.api.SearchHit;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.shell.Search;
import io.pitstop.ui.shell.ShellContext;
import io.pitstop.ui.shell.ShellTexts;
import java.util.List;

/**
 * {@code /search?q=...}: every provider's hits for the text, grouped by type
 * with the number found in each group, or «Ничего не найдено». The top-bar
 * search opens it on Enter without a chosen suggestion.
 */
public class SearchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    /** Hits shown per group; past it the count says "50+" and the text should be narrowed. */
    static final int PER_GROUP = 50;

    private final transient ShellContext shell;
    private final transient Formats formats = Ui.formats();
    private final H2 title = new H2();
    private final Div results = new Div();

    public SearchView(ShellContext shell) {
        this.shell = shell;
        setId("search-results");
        title.setId("search-title");
        add(title, results);
    }

    @Override
    public String getPageTitle() {
        return ShellTexts.t("search.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(new ListParams(event.getLocation().getQueryParameters().getParameters()).text("q").orElse(""));
    }

    private void show(String text) {
        title.setText(text.isEmpty() ? ShellTexts.t("search.title") : ShellTexts.t("search.titleFor", text));
        results.removeAll();
        Actor actor = Ui.actor();
        List<Search.Group> groups = Search.run(shell.searchProviders(actor), text, PER_GROUP, actor, Ui.locale());
        if (groups.isEmpty()) {
            Paragraph empty = new Paragraph(text.strip().length() < Search.MIN_LENGTH
                    ? ShellTexts.t("search.tooShort", Search.MIN_LENGTH) : ShellTexts.t("search.empty"));
            empty.setId("search-empty");
            results.add(empty);
            return;
        }
        for (Search.Group group : groups) {
            Div box = new Div();
            box.setId("search-group-" + group.type());
            box.addClassName("search-group");
            Span count = new Span(formats.count(group.hits().size()) + (group.more() ? "+" : ""));
            count.setId("search-group-" + group.type() + "-count");
            count.getElement().setAttribute("data-count", Integer.toString(group.hits().size()));
            count.getElement().getThemeList().add("badge contrast pill");
            H3 heading = new H3(group.label() + " ");
            heading.add(count);
            box.add(heading);
            for (SearchHit hit : group.hits()) {
                box.add(line(hit));
            }
            results.add(box);
        }
    }

    private static Div line(SearchHit hit) {
        Anchor link = new Anchor(hit.route(), hit.title());
        // handled by the client-side router: no page reload
        link.getElement().setAttribute("router-link", true);
        Div line = new Div(link);
        line.addClassName("search-hit");
        if (!hit.subtitle().isEmpty()) {
            Span subtitle = new Span(" · " + hit.subtitle());
            subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");
            line.add(subtitle);
        }
        line.getStyle().set("padding", "var(--lumo-space-xs) 0");
        return line;
    }
}
