package io.pitstop.ui.api;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.pitstop.core.api.PageRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * Pieces every domain view needs the same way: common words, a
 * confirmation dialog, and the translation of a lazy grid's query into a
 * {@link PageRequest} that the domain services accept.
 */
public final class Common {
    /** Words shared by all views: {@code common.cancel}, {@code common.save}, ... */
    public static final Texts TEXTS = Texts.of(Common.class, "io.pitstop.ui.api.messages");

    private Common() {
    }

    /**
     * Asks before doing something that cannot be taken back. The dialog has id
     * {@code <id>}, its buttons {@code <id>-ok} and {@code <id>-cancel}; the ok
     * button disables itself on the first click, so a double click acts once.
     */
    public static Dialog confirm(String id, String title, String text, String okText, boolean danger, Runnable onOk) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(title);
        if (text != null && !text.isBlank()) {
            dialog.add(new Paragraph(text));
        }
        Button ok = new Button(okText, e -> {
            dialog.close();
            onOk.run();
        });
        ok.setId(id + "-ok");
        ok.setDisableOnClick(true);
        ok.addThemeVariants(danger ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(TEXTS.get("common.cancel"), e -> dialog.close());
        cancel.setId(id + "-cancel");
        dialog.getFooter().add(cancel, ok);
        dialog.open();
        return dialog;
    }

    /**
     * Adds a tab whose content is built when the tab is first shown. The tab's
     * label carries the id {@code <id>} (the tab element's own id belongs to
     * the tab sheet, which links tab and content by it). A tab whose content
     * fails (a plugin's, say) shows one line instead of breaking the card.
     */
    public static Tab lazyTab(TabSheet sheet, String id, String label, Supplier<Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        Span title = new Span(label);
        title.setId(id);
        Tab tab = sheet.add(new Tab(title), holder);
        Runnable build = () -> {
            if (holder.getChildren().findAny().isEmpty()) {
                try {
                    holder.add(content.get());
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(Common.class).warn("Tab {} failed", id, e);
                    holder.add(new Span(TEXTS.get("common.tabFailed")));
                }
            }
        };
        sheet.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == tab) {
                build.run();
            }
        });
        if (sheet.getSelectedTab() == tab) {
            build.run();
        }
        return tab;
    }

    /**
     * The page a lazy grid asks for, sorted by the grid's sort orders that the
     * service allows (others are ignored, so a column cannot force a slow
     * sort), else by {@code fallback}.
     */
    public static PageRequest page(Query<?, ?> query, Collection<String> sortable, PageRequest.SortOrder fallback) {
        List<PageRequest.SortOrder> sort = new ArrayList<>();
        for (QuerySortOrder order : query.getSortOrders()) {
            if (sortable.contains(order.getSorted())) {
                sort.add(new PageRequest.SortOrder(order.getSorted(), order.getDirection() == SortDirection.ASCENDING));
            }
        }
        if (sort.isEmpty() && fallback != null) {
            sort.add(fallback);
        }
        int limit = Math.max(1, Math.min(query.getLimit(), PageRequest.MAX_LIMIT));
        return new PageRequest(query.getOffset(), limit, sort);
    }
}
