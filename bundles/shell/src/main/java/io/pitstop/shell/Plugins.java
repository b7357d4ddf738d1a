package io.pitstop.shell;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** Lists Pitstop features (core and plugins) with their state. */
@Service
@Command(scope = "pitstop", name = "plugins", description = "List Pitstop features and whether they are installed")
public class Plugins implements Action {
    @Reference
    private FeaturesService features;

    @Override
    public Object execute() throws Exception {
        ShellTable table = new ShellTable();
        table.column("Feature");
        table.column("Version");
        table.column("Installed");
        table.column("Description");
        Feature[] all = features.listFeatures();
        Arrays.sort(all, Comparator.comparing(Feature::getName));
        for (Feature f : all) {
            if (f.getName().startsWith("pitstop-")) {
                table.addRow().addContent(f.getName(), f.getVersion(), features.isInstalled(f) ? "yes" : "no",
                        f.getDescription() == null ? "" : f.getDescription());
            }
        }
        table.print(System.out);
        return null;
    }
}
