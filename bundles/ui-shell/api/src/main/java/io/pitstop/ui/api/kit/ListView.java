package io.pitstop.ui.api.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.StreamResourceWriter;
import com.vaadin.flow.server.VaadinSession;
import elemental.json.Json;
import elemental.json.JsonObject;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.Csv;
import io.pitstop.ui.api.Ui;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A list of records the way every staff list works: a lazy grid that loads
 * one page at a time, the row count ({@code Найдено: 1 234}), filters that
 * apply as they change (no Apply button), filters saved by name, a column
 * chooser, export of what the filters find to CSV and xlsx (the headers and
 * cell texts the user sees: localised codes, local times), an empty state that
 * says what to do next, and an optional totals row.
 *
 * <p>Ids for tests, with {@code <id>} the list's id: {@code <id>-grid},
 * {@code <id>-count} ({@code data-count}), {@code <id>-empty} ({@code data-filtered})
 * and its button {@code <id>-empty-action}, {@code <id>-columns},
 * {@code <id>-export} (CSV), {@code <id>-export-xlsx}, {@code <id>-saved-filters},
 * {@code <id>-save-filter}, {@code <id>-total-<column>}.
 *
 * <p>Saved filters live in the browser's localStorage under the user's login
 * and the list's id: they are a workstation's convenience like column widths,
 * need no table, no REST endpoint and no migration, and a plugin's list gets
 * them without asking the core for anything. They do not follow a user to
 * another browser.
 */
public class ListView<T> extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    /** Rows per page an export reads and writes. */
    static final int EXPORT_PAGE = 1000;

    /** One page of records for the page the grid (or an export) asks for. */
    @FunctionalInterface
    public interface Pages<T> extends java.io.Serializable {
        List<T> fetch(PageRequest page);
    }

    private final String id;
    private final Grid<T> grid = new Grid<>();
    private final HorizontalLayout bar = new HorizontalLayout();
    private final HorizontalLayout filterBox = new HorizontalLayout();
    private final HorizontalLayout tools = new HorizontalLayout();
    private final HorizontalLayout actionBox = new HorizontalLayout();
    private final Span count = new Span();
    private final Div empty = new Div();
    private final List<Column<T>> columns = new ArrayList<>();
    private final Map<String, Filter<?>> filters = new LinkedHashMap<>();
    private Pages<T> pages = p -> List.of();
    private LongSupplier counter;
    private Collection<String> sortable = Set.of();
    private PageRequest.SortOrder fallback;
    private String emptyMessage;
    private String emptyActionText;
    private Runnable emptyAction;
    private Supplier<Map<String, String>> totals;
    private FooterRow totalsRow;
    private Select<String> saved;
    private Button renameSaved;
    private Button deleteSaved;
    private final Map<String, MenuItem> columnItems = new LinkedHashMap<>();
    private boolean applying;

    public ListView(String id) {
        this.id = id;
        setPadding(false);
        setSizeFull();
        filterBox.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filterBox.getStyle().set("flex-wrap", "wrap");
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tools.getStyle().set("flex-wrap", "wrap");
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // on a narrow window the tools go to a second line instead of off the screen
        bar.getStyle().set("flex-wrap", "wrap");
        tools.add(actionBox);
        bar.add(filterBox, tools);
        bar.setFlexGrow(1, filterBox);
        count.setId(id + "-count");
        count.addClassName("pitstop-count");
        count.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.setItems(q -> pages.fetch(Common.page(q, sortable, fallback)).stream());
        empty.setId(id + "-empty");
        empty.addClassName("pitstop-empty");
        empty.getStyle().set("padding", "var(--lumo-space-xl)").set("text-align", "center")
                .set("color", "var(--lumo-secondary-text-color)");
        empty.setVisible(false);
        add(bar, count, grid, empty);
        setFlexGrow(1, grid);
        // the first count and empty state once the owner has set items, filters and texts
        addAttachListener(e -> refresh());
    }

    /** A column whose cells, and export, show {@code text}. */
    public Column<T> column(String key, String header, SerializableFunction<T, String> text) {
        Grid.Column<T> c = grid.addColumn(t -> Objects.requireNonNullElse(text.apply(t), "")).setKey(key).setHeader(header)
                .setResizable(true);
        return add(new Column<>(key, header, text, c));
    }

    /** A column of components (a badge, a link) whose export is {@code text}. */
    public Column<T> componentColumn(String key, String header, SerializableFunction<T, String> text,
            SerializableFunction<T, Component> component) {
        Grid.Column<T> c = grid.addColumn(new ComponentRenderer<>(component::apply)).setKey(key).setHeader(header)
                .setResizable(true);
        return add(new Column<>(key, header, text, c));
    }

    private Column<T> add(Column<T> column) {
        columns.add(column);
        return column;
    }

    /**
     * A filter field: the list reloads whenever it changes. {@code write} and
     * {@code read} turn its value into text and back, for saved filters.
     */
    public <V> ListView<T> filter(String key, HasValue<?, V> field, Function<V, String> write, Function<String, V> read) {
        filters.put(key, new Filter<>(field, field.getValue(), write, read));
        field.addValueChangeListener(e -> {
            if (!applying) {
                refresh();
            }
        });
        if (field instanceof Component c) {
            filterBox.add(c);
        }
        return this;
    }

    /** A text filter. */
    public ListView<T> textFilter(String key, HasValue<?, String> field) {
        return filter(key, field, v -> v, v -> v == null ? "" : v);
    }

    /** A choice among an enum's constants (null: all). */
    public <E extends Enum<E>> ListView<T> enumFilter(String key, HasValue<?, E> field, Class<E> type) {
        return filter(key, field, v -> v == null ? "" : v.name(), v -> v == null || v.isEmpty() ? null : Enum.valueOf(type, v));
    }

    /**
     * Where the rows come from: {@code pages} answers one page, sorted by the
     * grid's sort orders the service allows ({@code sortable}) else
     * {@code fallback}; {@code count} the number of rows the filters find
     * (counted once per filter change, never per scroll).
     */
    public ListView<T> items(Collection<String> sortable, PageRequest.SortOrder fallback, Pages<T> pages, LongSupplier count) {
        this.sortable = sortable;
        this.fallback = fallback;
        this.pages = pages;
        this.counter = count;
        return this;
    }

    /** What an empty list says when no filter narrows it, and the next action ({@code Контактов пока нет — создать}). */
    public ListView<T> emptyState(String message, String actionText, Runnable action) {
        this.emptyMessage = message;
        this.emptyActionText = actionText;
        this.emptyAction = action;
        return this;
    }

    /** A totals row under the grid: text by column key, computed whenever the filters change. */
    public ListView<T> totals(Supplier<Map<String, String>> totals) {
        this.totals = totals;
        return this;
    }

    /** Buttons of the view (create, import), placed first among the list's tools. */
    public ListView<T> actions(Component... actions) {
        actionBox.add(actions);
        return this;
    }

    /** Adds the saved filters, the column chooser and the CSV and xlsx export of what the filters find. */
    public ListView<T> tools(String exportName) {
        tools.add(savedFilters(), columnChooser(), exportLink("csv", exportName), exportLink("xlsx", exportName));
        return this;
    }

    /** Opens a record when its row is clicked. */
    public ListView<T> onOpen(java.util.function.Consumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        return this;
    }

    public Grid<T> grid() {
        return grid;
    }

    /** Reloads the rows, the count, the empty state and the totals. */
    public void refresh() {
        grid.getDataProvider().refreshAll();
        long n;
        if (counter != null) {
            n = counter.getAsLong();
            count.setText(Common.TEXTS.get("kit.found", Ui.formats().count(n)));
            count.getElement().setAttribute("data-count", String.valueOf(n));
        } else {
            n = pages.fetch(new PageRequest(0, 1, fallback == null ? List.of() : List.of(fallback))).size();
            count.setVisible(false);
        }
        showEmpty(n == 0);
        if (totals != null) {
            if (totalsRow == null) {
                totalsRow = grid.appendFooterRow();
            }
            Map<String, String> values = totals.get();
            for (Column<T> c : columns) {
                Span cell = new Span(values.getOrDefault(c.key, ""));
                cell.setId(id + "-total-" + c.key);
                cell.getStyle().set("font-weight", "600");
                totalsRow.getCell(c.column).setComponent(cell);
            }
        }
    }

    private void showEmpty(boolean isEmpty) {
        grid.setVisible(!isEmpty);
        empty.setVisible(isEmpty);
        empty.removeAll();
        if (!isEmpty) {
            return;
        }
        boolean filtered = filters.values().stream().anyMatch(Filter::changed);
        empty.getElement().setAttribute("data-filtered", String.valueOf(filtered));
        Span message = new Span(filtered || emptyMessage == null ? Common.TEXTS.get("kit.empty.filtered") : emptyMessage);
        message.setId(id + "-empty-text");
        message.getStyle().set("display", "block").set("margin-bottom", "var(--lumo-space-m)");
        empty.add(message);
        if (filtered) {
            Button reset = new Button(Common.TEXTS.get("kit.empty.reset"), e -> resetFilters());
            reset.setId(id + "-empty-action");
            empty.add(reset);
        } else if (emptyAction != null) {
            Button act = new Button(emptyActionText, e -> emptyAction.run());
            act.setId(id + "-empty-action");
            act.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            empty.add(act);
        }
    }

    private void resetFilters() {
        applying = true;
        try {
            filters.values().forEach(Filter::reset);
        } finally {
            applying = false;
        }
        refresh();
    }

    /**
     * A button that opens the columns as checkable items. Not a menu bar: Vaadin 23's menu bar puts its item
     * inside its button, which axe reports as a critical ARIA violation (aria-required-parent).
     */
    private Component columnChooser() {
        Button button = new Button(Common.TEXTS.get("kit.columns"), VaadinIcon.COG.create());
        button.setId(id + "-columns");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-haspopup", "menu");
        ContextMenu menu = new ContextMenu(button);
        menu.setOpenOnClick(true);
        for (Column<T> c : columns) {
            MenuItem item = menu.addItem(c.header);
            item.setCheckable(true);
            item.setChecked(c.column.isVisible());
            item.getElement().setAttribute("id", id + "-column-" + c.key);
            item.addClickListener(e -> {
                c.column.setVisible(item.isChecked());
                writeColumns();
            });
            columnItems.put(c.key, item);
        }
        // the columns this user chose on this workstation come back with the list, like its saved filters
        addAttachListener(e -> read(columnsKey(), this::showColumns));
        return button;
    }

    private void showColumns(JsonObject visible) {
        for (Column<T> c : columns) {
            if (visible.hasKey(c.key)) {
                boolean shown = visible.getBoolean(c.key);
                c.column.setVisible(shown);
                MenuItem item = columnItems.get(c.key);
                if (item != null) {
                    item.setChecked(shown);
                }
            }
        }
    }

    private void writeColumns() {
        JsonObject visible = Json.createObject();
        columns.forEach(c -> visible.put(c.key, c.column.isVisible()));
        write(columnsKey(), visible);
    }

    private Anchor exportLink(String format, String name) {
        boolean xlsx = "xlsx".equals(format);
        Anchor link = new Anchor(new StreamResource(name + "." + format,
                (StreamResourceWriter) (out, session) -> export(out, session, xlsx, name)), "");
        link.setId(xlsx ? id + "-export-xlsx" : id + "-export");
        link.getElement().setAttribute("download", true);
        // a link that looks like a tool button: a button inside a link would be two nested controls to a screen reader
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(Common.TEXTS.get(xlsx ? "kit.export.xlsx" : "kit.export.csv")));
        link.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)")
                .set("padding", "0 var(--lumo-space-s)").set("font-weight", "500").set("text-decoration", "none");
        return link;
    }

    /**
     * Writes what the filters find, page by page: each page is read and turned
     * into cell texts under the session's lock (the texts read the user's
     * language from the session), then written to the download without it, so
     * a long export never blocks the user's screen.
     */
    private void export(OutputStream out, VaadinSession session, boolean xlsx, String name) {
        List<Column<T>> visible;
        session.lock();
        try {
            visible = columns.stream().filter(c -> c.column.isVisible()).toList();
        } finally {
            session.unlock();
        }
        List<String> headers = visible.stream().map(c -> c.header).toList();
        Csv csv = xlsx ? null : Csv.to(out);
        Xlsx sheet = xlsx ? Xlsx.to(out, name) : null;
        if (xlsx) {
            sheet.row(headers.toArray());
        } else {
            csv.row(headers.toArray(String[]::new));
        }
        List<PageRequest.SortOrder> sort = fallback == null ? List.of() : List.of(fallback);
        // read and render under the lock, write without it
        Pages<Object[]> rendered = request -> {
            session.lock();
            try {
                return pages.fetch(request).stream().map(item -> visible.stream().map(c -> c.exportValue(item)).toArray())
                        .toList();
            } finally {
                session.unlock();
            }
        };
        everyPage(rendered, sort, rows -> {
            for (Object[] row : rows) {
                if (xlsx) {
                    sheet.row(row);
                } else {
                    csv.row(java.util.Arrays.stream(row).map(v -> v == null ? null : v.toString()).toArray(String[]::new));
                }
            }
        });
        if (xlsx) {
            sheet.finish();
        } else {
            csv.flush();
        }
    }

    /** Every page the source has, {@link #EXPORT_PAGE} rows at a time, until a page comes back short. */
    static <R> void everyPage(Pages<R> pages, List<PageRequest.SortOrder> sort, java.util.function.Consumer<List<R>> each) {
        for (int offset = 0; ; offset += EXPORT_PAGE) {
            List<R> page = pages.fetch(new PageRequest(offset, EXPORT_PAGE, sort));
            each.accept(page);
            if (page.size() < EXPORT_PAGE) {
                return;
            }
        }
    }

    private Component savedFilters() {
        saved = new Select<>();
        saved.setId(id + "-saved-filters");
        saved.setPlaceholder(Common.TEXTS.get("kit.filters.saved"));
        saved.setEmptySelectionAllowed(true);
        saved.setEmptySelectionCaption(Common.TEXTS.get("kit.filters.saved"));
        saved.getElement().setAttribute("aria-label", Common.TEXTS.get("kit.filters.saved"));
        saved.setVisible(false);
        saved.addValueChangeListener(e -> {
            renameSaved.setVisible(e.getValue() != null);
            deleteSaved.setVisible(e.getValue() != null);
            if (e.isFromClient() && e.getValue() != null) {
                readStore(all -> {
                    JsonObject values = all.hasKey(e.getValue()) ? all.getObject(e.getValue()) : Json.createObject();
                    apply(values);
                });
            }
        });
        Button save = new Button(Common.TEXTS.get("kit.filters.save"), VaadinIcon.BOOKMARK.create(), e -> askName());
        save.setId(id + "-save-filter");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        renameSaved = iconButton("rename-filter", VaadinIcon.EDIT, "kit.filters.rename", () -> askRename(saved.getValue()));
        deleteSaved = iconButton("delete-filter", VaadinIcon.TRASH, "kit.filters.delete", () -> askDelete(saved.getValue()));
        addAttachListener(e -> readStore(this::showSaved));
        HorizontalLayout box = new HorizontalLayout(saved, renameSaved, deleteSaved, save);
        box.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        box.setSpacing(false);
        return box;
    }

    private void askName() {
        Dialog dialog = new Dialog();
        dialog.setId(id + "-save-filter-dialog");
        dialog.setHeaderTitle(Common.TEXTS.get("kit.filters.save"));
        TextField name = new TextField(Common.TEXTS.get("kit.filters.name"));
        name.setId(id + "-save-filter-name");
        name.setRequired(true);
        dialog.add(name);
        Button ok = new Button(Common.TEXTS.get("common.save"), e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                return;
            }
            JsonObject values = Json.createObject();
            filters.forEach((key, f) -> values.put(key, f.written()));
            readStore(all -> {
                all.put(name.getValue().trim(), values);
                writeStore(all);
                showSaved(all);
                saved.setValue(name.getValue().trim());
            });
            dialog.close();
        });
        ok.setId(id + "-save-filter-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(Common.TEXTS.get("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** A small button beside the saved filters, shown while one of them is chosen. */
    private Button iconButton(String suffix, VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.setId(id + "-" + suffix);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        b.getElement().setAttribute("aria-label", Common.TEXTS.get(label));
        b.getElement().setAttribute("title", Common.TEXTS.get(label));
        b.setVisible(false);
        return b;
    }

    /** Renames the chosen saved filter; a name another saved filter has is refused on the field. */
    private void askRename(String old) {
        if (old == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId(id + "-rename-filter-dialog");
        dialog.setHeaderTitle(Common.TEXTS.get("kit.filters.rename"));
        TextField name = new TextField(Common.TEXTS.get("kit.filters.name"), old, "");
        name.setId(id + "-rename-filter-name");
        name.setRequired(true);
        dialog.add(name);
        Button ok = new Button(Common.TEXTS.get("common.save"), e -> {
            String wanted = name.getValue().trim();
            if (wanted.isEmpty()) {
                name.setInvalid(true);
                return;
            }
            readStore(all -> {
                String problem = SavedFilters.rename(all, old, wanted);
                if (problem != null) {
                    name.setErrorMessage(Common.TEXTS.get(problem));
                    name.setInvalid(true);
                    return;
                }
                writeStore(all);
                showSaved(all);
                saved.setValue(wanted);
                dialog.close();
            });
        });
        ok.setId(id + "-rename-filter-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(Common.TEXTS.get("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** Deletes the chosen saved filter after asking; the filters now set stay as they are. */
    private void askDelete(String name) {
        if (name == null) {
            return;
        }
        Common.confirm(id + "-delete-filter-confirm", Common.TEXTS.get("kit.filters.delete"),
                Common.TEXTS.get("kit.filters.delete.text", name), Common.TEXTS.get("kit.filters.delete"), true,
                () -> readStore(all -> {
                    SavedFilters.delete(all, name);
                    writeStore(all);
                    saved.clear();
                    showSaved(all);
                }));
    }

    private void apply(JsonObject values) {
        applying = true;
        try {
            filters.forEach((key, f) -> f.read(values.hasKey(key) ? values.getString(key) : null));
        } finally {
            applying = false;
        }
        refresh();
    }

    private void showSaved(JsonObject all) {
        List<String> names = new ArrayList<>(new TreeMap<>(java.util.Arrays.stream(all.keys())
                .collect(java.util.stream.Collectors.toMap(k -> k, k -> k))).keySet());
        String current = saved.getValue();
        saved.setItems(names);
        saved.setVisible(!names.isEmpty());
        if (current != null && names.contains(current)) {
            saved.setValue(current);
        }
    }

    private String storeKey() {
        return key("filters");
    }

    private String columnsKey() {
        return key("columns");
    }

    /** A localStorage key of this list for the signed-in login: another login on the workstation has its own. */
    private String key(String what) {
        Actor actor = Ui.actor();
        return "pitstop." + what + "." + (actor == null ? "" : actor.name()) + "." + id;
    }

    private void readStore(java.util.function.Consumer<JsonObject> then) {
        read(storeKey(), then);
    }

    private void read(String key, java.util.function.Consumer<JsonObject> then) {
        UI.getCurrent().getPage().executeJs("return localStorage.getItem($0)", key).then(String.class, json -> {
            JsonObject all;
            try {
                all = json == null || json.isBlank() ? Json.createObject() : Json.parse(json);
            } catch (RuntimeException e) {
                // a store someone edited by hand is not worth an error page: start again
                all = Json.createObject();
            }
            then.accept(all);
        });
    }

    private void writeStore(JsonObject all) {
        write(storeKey(), all);
    }

    private void write(String key, JsonObject value) {
        UI.getCurrent().getPage().executeJs("localStorage.setItem($0, $1)", key, value.toJson());
    }

    /** A column of the list; widths say what the column holds. */
    public static final class Column<T> implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String header;
        private final SerializableFunction<T, String> text;
        private final Grid.Column<T> column;
        private SerializableFunction<T, Object> exportValue;

        private Column(String key, String header, SerializableFunction<T, String> text, Grid.Column<T> column) {
            this.key = key;
            this.header = header;
            this.text = text;
            this.column = column;
        }

        /** A name or title: takes the room left over and never shrinks below a readable width. */
        public Column<T> wide() {
            column.setFlexGrow(3).setWidth("18em");
            return this;
        }

        /** A code, date or status: as wide as its content, no wider. */
        public Column<T> narrow() {
            column.setAutoWidth(true).setFlexGrow(0);
            return this;
        }

        /** Sorted by the service's sort key. */
        public Column<T> sortable(String property) {
            column.setSortProperty(property);
            return this;
        }

        /** Hidden until chosen in the column chooser. */
        public Column<T> hidden() {
            column.setVisible(false);
            return this;
        }

        /** Amounts and counts: right-aligned, and exported as numbers. */
        public Column<T> number(SerializableFunction<T, Object> value) {
            column.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
            this.exportValue = value;
            return this;
        }

        public Grid.Column<T> gridColumn() {
            return column;
        }

        Object exportValue(T item) {
            return exportValue != null ? exportValue.apply(item) : text.apply(item);
        }
    }

    private static final class Filter<V> implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final HasValue<?, V> field;
        private final V initial;
        private final Function<V, String> write;
        private final Function<String, V> read;

        Filter(HasValue<?, V> field, V initial, Function<V, String> write, Function<String, V> read) {
            this.field = field;
            this.initial = initial;
            this.write = write;
            this.read = read;
        }

        boolean changed() {
            return !Objects.equals(normal(field.getValue()), normal(initial));
        }

        private Object normal(V v) {
            return v instanceof String s && s.isBlank() ? null : v;
        }

        void reset() {
            field.setValue(initial == null ? field.getEmptyValue() : initial);
        }

        String written() {
            String s = write.apply(field.getValue());
            return s == null ? "" : s;
        }

        void read(String text) {
            V v = read.apply(text);
            field.setValue(v == null ? field.getEmptyValue() : v);
        }
    }
}
