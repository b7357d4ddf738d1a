package io.pitstop.ui.shell.views;

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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admin page listing Pitstop's features (names starting {@code pitstop-})
 * with version and state. Install and uninstall ask for confirmation, run
 * in the background with a progress bar, and show a failure's message.
 * Features the running system stands on cannot be removed from here.
 */
public class PluginsView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PluginsView.class);
    static final String PREFIX = "pitstop-";
    /** Boot features: removing one from a running UI would take the UI (or the data) with it. */
    static final Set<String> PROTECTED = Set.of("pitstop-core", "pitstop-ui", "pitstop-vaadin", "pitstop-jackson");

    private final transient ShellContext shell;
    private final Grid<Row> grid = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Span error = new Span();
    private boolean busy;

    /** One feature as the page shows it. */
    record Row(String name, String version, String description, boolean installed) {
        boolean removable() {
            return !PROTECTED.contains(name) && !name.startsWith("pitstop-db-");
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
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Row::name).setHeader(ShellTexts.t("plugins.name")).setAutoWidth(true);
        grid.addColumn(Row::version).setHeader(ShellTexts.t("plugins.version")).setAutoWidth(true);
        grid.addColumn(Row::description).setHeader(ShellTexts.t("plugins.description")).setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(ShellTexts.t("plugins.state")).setAutoWidth(true);
        grid.addComponentColumn(this::action).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H2(ShellTexts.t("plugins.title")), new HorizontalLayout(progress, status), error, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return ShellTexts.t("plugins.title");
    }

    private void refresh() {
        FeaturesService features = shell.features().orElse(null);
        if (features == null) {
            error.setText(ShellTexts.t("plugins.unavailable"));
            grid.setItems(List.of());
            return;
        }
        try {
            grid.setItems(rows(features));
        } catch (Exception e) {
            LOG.warn("Cannot list features", e);
            error.setText(ShellTexts.t("plugins.failed", e.getMessage()));
        }
    }

    static List<Row> rows(FeaturesService features) throws Exception {
        Map<String, Row> latest = new LinkedHashMap<>();
        for (Feature f : features.listFeatures()) {
            if (!f.getName().startsWith(PREFIX)) {
                continue;
            }
            Row row = new Row(f.getName(), f.getVersion(), f.getDescription() == null ? "" : f.getDescription(),
                    features.isInstalled(f));
            // one row per name: the installed version, else the newest listed
            latest.merge(f.getName(), row, (a, b) -> a.installed() ? a : b.installed() ? b
                    : a.version().compareTo(b.version()) >= 0 ? a : b);
        }
        return latest.values().stream().sorted(Comparator.comparing(Row::name)).toList();
    }

    private Span state(Row row) {
        Span s = new Span(ShellTexts.t(row.installed() ? "plugins.installed" : "plugins.notInstalled"));
        s.setId("plugin-" + row.name() + "-state");
        s.getElement().setAttribute("data-installed", Boolean.toString(row.installed()));
        return s;
    }

    private Button action(Row row) {
        boolean install = !row.installed();
        Button b = new Button(ShellTexts.t(install ? "plugins.install" : "plugins.uninstall"), e -> confirm(row, install));
        b.setId("plugin-" + row.name() + (install ? "-install" : "-uninstall"));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, install ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        b.setEnabled(!busy && (install || row.removable()));
        return b;
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
        error.setText("");
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
        status.setText("");
        if (failure == null) {
            String key = install ? "plugins.done.install" : "plugins.done.uninstall";
            Ui.notice(key, ShellTexts.t(key, row.name()));
        } else {
            String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            error.setText(ShellTexts.t("plugins.failed", message));
            Ui.problem("plugins.failed", ShellTexts.t("plugins.failed", message));
        }
        refresh();
    }
}
