package io.pitstop.ui.shell.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.shell.ShellContext;
import io.pitstop.ui.shell.ShellTexts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admin page listing Pitstop's plugin features with version and state.
 * A plugin feature is one named {@code pitstop-…} that is not hidden: the
 * features the platform is built from (drivers, Jackson, Vaadin, demo data)
 * carry {@code hidden="true"} in the features file, so staff see what they
 * can add or take away, not the libraries. Install and uninstall ask for
 * confirmation, run in the background with a progress bar, and show a
 * failure's message. A feature that cannot be removed says why.
 */
public class PluginsView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PluginsView.class);
    static final String PREFIX = "pitstop-";
    /** Boot features: removing one from a running UI would take the UI (or the data) with it. */
    static final Set<String> CORE = Set.of("pitstop-core", "pitstop-ui");
    /** What {@link Row#keptBy} holds for a feature of the core. */
    static final String KEPT_BY_CORE = "";

    private final transient ShellContext shell;
    private final Grid<Row> grid = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Span error = new Span();
    private final HorizontalLayout working = new HorizontalLayout(progress, status);
    private boolean busy;

    /**
     * One feature as the page shows it.
     *
     * @param keptBy null when it may be removed, {@link #KEPT_BY_CORE} for the core, else the installed
     *               plugin feature that needs it
     */
    record Row(String name, String version, String description, boolean installed, String keptBy) {
        boolean removable() {
            return keptBy == null;
        }
    }

    public PluginsView(ShellContext shell) {
        this.shell = shell;
        setId("plugins");
        progress.setId("plugin-progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        status.setId("plugin-status");
        error.setId("plugin-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        grid.setId("plugin-grid");
        // descriptions wrap and take the width the short columns do not need
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Row::name).setHeader(ShellTexts.t("plugins.name")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> version(row.version())).setHeader(ShellTexts.t("plugins.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> description(row)).setHeader(ShellTexts.t("plugins.description")).setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(ShellTexts.t("plugins.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::action).setHeader(ShellTexts.t("plugins.action")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        // the progress row and the error line take no room while empty, so the list sits under the title
        working.setVisible(false);
        error.setVisible(false);
        add(new H2(ShellTexts.t("plugins.title")), working, error, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return ShellTexts.t("plugins.title");
    }

    private void refresh() {
        FeaturesService features = shell.features().orElse(null);
        if (features == null) {
            showError(ShellTexts.t("plugins.unavailable"));
            grid.setItems(List.of());
            return;
        }
        try {
            grid.setItems(rows(features));
        } catch (Exception e) {
            LOG.warn("Cannot list features", e);
            showError(ShellTexts.t("plugins.failed", e.getMessage()));
        }
    }

    /** The naming and metadata rule: Pitstop's name prefix, not hidden. */
    static boolean isPlugin(Feature f) {
        return f.getName().startsWith(PREFIX) && !f.isHidden();
    }

    static List<Row> rows(FeaturesService features) throws Exception {
        Map<String, Feature> latest = new LinkedHashMap<>();
        for (Feature f : features.listFeatures()) {
            if (!isPlugin(f)) {
                continue;
            }
            // one row per name: the installed version, else the newest listed
            latest.merge(f.getName(), f, (a, b) -> features.isInstalled(a) ? a : features.isInstalled(b) ? b
                    : a.getVersion().compareTo(b.getVersion()) >= 0 ? a : b);
        }
        Map<String, String> neededBy = new HashMap<>();
        for (Feature f : latest.values()) {
            if (features.isInstalled(f)) {
                for (Dependency d : f.getDependencies()) {
                    neededBy.putIfAbsent(d.getName(), f.getName());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Feature f : latest.values()) {
            String keptBy = CORE.contains(f.getName()) ? KEPT_BY_CORE : neededBy.get(f.getName());
            rows.add(new Row(f.getName(), f.getVersion(), f.getDescription() == null ? "" : f.getDescription(),
                    features.isInstalled(f), keptBy));
        }
        rows.sort(Comparator.comparing(Row::name));
        return rows;
    }

    /** A development build's version reads as such, not as Maven's {@code -SNAPSHOT} (Karaf: {@code .SNAPSHOT}). */
    static String version(String version, Locale locale) {
        for (String suffix : List.of("-SNAPSHOT", ".SNAPSHOT")) {
            if (version.endsWith(suffix)) {
                return ShellTexts.TEXTS.get(locale, "plugins.version.build", version.substring(0, version.length() - suffix.length()));
            }
        }
        return version;
    }

    private static String version(String version) {
        return version(version, Ui.locale());
    }

    /**
     * The feature's description in the user's language: the shell's catalogue
     * knows the features shipped with Pitstop ({@code plugin.<feature>.description}),
     * a running plugin's own catalogue translates its English description.
     */
    static String description(Row row, Locale locale, java.util.function.UnaryOperator<String> translate) {
        String key = "plugin." + row.name() + ".description";
        return ShellTexts.TEXTS.has(locale, key) ? ShellTexts.TEXTS.get(locale, key) : translate.apply(row.description());
    }

    private static String description(Row row) {
        return description(row, Ui.locale(), Ui::translate);
    }

    /** Why the feature cannot be removed, or null when it can. */
    static String keptReason(Row row, Locale locale) {
        if (row.removable()) {
            return null;
        }
        return row.keptBy().equals(KEPT_BY_CORE) ? ShellTexts.TEXTS.get(locale, "plugins.kept.core")
                : ShellTexts.TEXTS.get(locale, "plugins.kept.by", row.keptBy());
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(!text.isEmpty());
    }

    private Span state(Row row) {
        Span s = new Span(ShellTexts.t(row.installed() ? "plugins.installed" : "plugins.notInstalled"));
        s.setId("plugin-" + row.name() + "-state");
        s.getElement().setAttribute("data-installed", Boolean.toString(row.installed()));
        return s;
    }

    private Component action(Row row) {
        boolean install = !row.installed();
        Button b = new Button(ShellTexts.t(install ? "plugins.install" : "plugins.uninstall"), e -> confirm(row, install));
        b.setId("plugin-" + row.name() + (install ? "-install" : "-uninstall"));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, install ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        b.setEnabled(!busy && (install || row.removable()));
        String reason = install ? null : keptReason(row, Ui.locale());
        if (reason == null) {
            return b;
        }
        // a disabled button takes no pointer, so no tooltip of its own: the reason stands beside it, in words
        Span why = new Span(reason);
        why.setId("plugin-" + row.name() + "-kept");
        why.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        b.getElement().setAttribute("aria-describedby", why.getId().orElseThrow());
        HorizontalLayout cell = new HorizontalLayout(b, why);
        cell.setAlignItems(Alignment.CENTER);
        cell.getElement().setAttribute("title", reason);
        return cell;
    }

    private void confirm(Row row, boolean install) {
        Common.confirm("plugin-confirm",
                ShellTexts.t(install ? "plugins.confirm.install" : "plugins.confirm.uninstall", row.name()),
                ShellTexts.t(install ? "plugins.confirm.install.text" : "plugins.confirm.uninstall.text"),
                ShellTexts.t(install ? "plugins.install" : "plugins.uninstall"), !install, () -> run(row, install));
    }

    private void run(Row row, boolean install) {
        FeaturesService features = shell.features().orElse(null);
        if (features == null || busy) {
            return;
        }
        UI ui = UI.getCurrent();
        busy = true;
        progress.setVisible(true);
        working.setVisible(true);
        showError("");
        status.setText(ShellTexts.t(install ? "plugins.installing" : "plugins.uninstalling", row.name()));
        grid.getDataProvider().refreshAll();
        Thread worker = new Thread(() -> {
            Exception failure = null;
            try {
                // no refresh of other bundles: the UI itself must not be restarted under the user
                EnumSet<FeaturesService.Option> options = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
                if (install) {
                    features.installFeature(row.name(), row.version(), options);
                } else {
                    features.uninstallFeature(row.name(), row.version(), options);
                }
            } catch (Exception e) {
                LOG.warn("{} of {} failed", install ? "Install" : "Uninstall", row.name(), e);
                failure = e;
            }
            Exception result = failure;
            try {
                ui.access(() -> finished(row, install, result));
            } catch (com.vaadin.flow.component.UIDetachedException gone) {
                LOG.debug("The page that asked for {} is closed", row.name());
            }
        }, "pitstop-ui-features");
        worker.setDaemon(true);
        worker.start();
    }

    private void finished(Row row, boolean install, Exception failure) {
        busy = false;
        progress.setVisible(false);
        working.setVisible(false);
        status.setText("");
        if (failure == null) {
            String key = install ? "plugins.done.install" : "plugins.done.uninstall";
            Ui.notice(key, ShellTexts.t(key, row.name()));
        } else {
            String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            showError(ShellTexts.t("plugins.failed", message));
            Ui.problem("plugins.failed", ShellTexts.t("plugins.failed", message));
        }
        refresh();
    }
}
