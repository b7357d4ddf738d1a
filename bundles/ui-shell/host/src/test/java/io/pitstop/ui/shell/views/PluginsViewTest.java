package io.pitstop.ui.shell.views;

import static io.pitstop.ui.shell.Fakes.fake;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.pitstop.ui.api.Ui;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

public class PluginsViewTest {
    private static Feature feature(String name, String version, boolean hidden, String... needs) {
        List<Dependency> dependencies = java.util.Arrays.stream(needs)
                .map(n -> fake(Dependency.class, Map.of("getName", a -> n))).toList();
        return fake(Feature.class, Map.of("getName", a -> name, "getVersion", a -> version, "getDescription", a -> "d",
                "isHidden", a -> hidden, "getDependencies", a -> dependencies));
    }

    private static Feature feature(String name, String version) {
        return feature(name, version, false);
    }

    private static List<PluginsView.Row> rows(Set<Feature> installed, Feature... listed) throws Exception {
        FeaturesService features = fake(FeaturesService.class, Map.of(
                "listFeatures", a -> listed, "isInstalled", a -> installed.contains(a[0])));
        return PluginsView.rows(features);
    }

    @Test
    public void onlyPitstopFeaturesOneRowEachInstalledVersionFirst() throws Exception {
        Feature core = feature("pitstop-core", "0.1.0");
        Feature sampleOld = feature("pitstop-sample", "0.1.0");
        Feature sampleNew = feature("pitstop-sample", "0.2.0");
        Feature billingOld = feature("pitstop-billing", "0.1.0");
        Feature billingNew = feature("pitstop-billing", "0.2.0");
        List<PluginsView.Row> rows = rows(Set.of(core, sampleOld),
                feature("scr", "4.4.10"), core, sampleNew, sampleOld, billingOld, billingNew);
        assertEquals(List.of("pitstop-billing", "pitstop-core", "pitstop-sample"), rows.stream().map(PluginsView.Row::name).toList());
        assertEquals("0.2.0", rows.get(0).version());
        assertFalse(rows.get(0).installed());
        assertEquals("0.1.0", rows.get(2).version());
        assertTrue(rows.get(2).installed());
    }

    @Test
    public void theFeaturesThePlatformIsBuiltFromAreHidden() throws Exception {
        Feature jackson = feature("pitstop-jackson", "0.1.0", true);
        Feature driver = feature("pitstop-db-derby", "0.1.0", true);
        Feature sample = feature("pitstop-sample", "0.1.0");
        List<PluginsView.Row> rows = rows(Set.of(jackson, driver), jackson, driver, sample);
        assertEquals(List.of("pitstop-sample"), rows.stream().map(PluginsView.Row::name).toList());
    }

    @Test
    public void aFeatureThatCannotBeRemovedSaysWhy() throws Exception {
        Feature core = feature("pitstop-core", "0.1.0");
        Feature ui = feature("pitstop-ui", "0.1.0", false, "pitstop-core");
        Feature payments = feature("pitstop-payments", "0.1.0", false, "pitstop-ui");
        Feature billing = feature("pitstop-billing", "0.1.0", false, "pitstop-payments");
        Feature reports = feature("pitstop-reports", "0.1.0", false, "pitstop-billing");
        // reports is not installed: it keeps nothing
        List<PluginsView.Row> rows = rows(Set.of(core, ui, payments, billing), core, ui, payments, billing, reports);
        Map<String, PluginsView.Row> byName = new java.util.HashMap<>();
        rows.forEach(r -> byName.put(r.name(), r));
        assertEquals("Входит в ядро", PluginsView.keptReason(byName.get("pitstop-core"), Ui.RUSSIAN));
        assertEquals("Part of the core", PluginsView.keptReason(byName.get("pitstop-ui"), Ui.ENGLISH));
        assertEquals("Нужен плагину pitstop-billing", PluginsView.keptReason(byName.get("pitstop-payments"), Ui.RUSSIAN));
        assertTrue(byName.get("pitstop-billing").removable());
        assertNull(PluginsView.keptReason(byName.get("pitstop-billing"), Ui.RUSSIAN));
    }

    @Test
    public void aDevelopmentBuildReadsAsABuildNotAsSnapshot() {
        assertEquals("0.1.0 (сборка)", PluginsView.version("0.1.0-SNAPSHOT", Ui.RUSSIAN));
        assertEquals("0.1.0 (build)", PluginsView.version("0.1.0.SNAPSHOT", Ui.ENGLISH));
        assertEquals("1.2.0", PluginsView.version("1.2.0", Ui.RUSSIAN));
    }

    @Test
    public void descriptionsSpeakTheUserLanguage() {
        UnaryOperator<String> catalogue = s -> s.equals("Payments by card") ? "Оплата картой" : s;
        PluginsView.Row sample = new PluginsView.Row("pitstop-sample", "1", "Sample plugin: a view", false, null);
        PluginsView.Row payments = new PluginsView.Row("pitstop-payments", "1", "Payments by card", false, null);
        assertTrue(PluginsView.description(sample, Ui.RUSSIAN, catalogue).startsWith("Пример плагина"));
        assertTrue(PluginsView.description(sample, Ui.ENGLISH, catalogue).startsWith("Sample plugin"));
        assertEquals("a running plugin's own catalogue", "Оплата картой", PluginsView.description(payments, Ui.RUSSIAN, catalogue));
    }
}
