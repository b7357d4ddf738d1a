package io.pitstop.ui.shell.views;

import static io.pitstop.ui.shell.Fakes.fake;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

public class PluginsViewTest {
    private static Feature feature(String name, String version) {
        return fake(Feature.class, Map.of("getName", a -> name, "getVersion", a -> version, "getDescription", a -> "d"));
    }

    @Test
    public void onlyPitstopFeaturesOneRowEachInstalledVersionFirst() throws Exception {
        Feature core = feature("pitstop-core", "0.1.0");
        Feature sampleOld = feature("pitstop-sample", "0.1.0");
        Feature sampleNew = feature("pitstop-sample", "0.2.0");
        Feature billingOld = feature("pitstop-billing", "0.1.0");
        Feature billingNew = feature("pitstop-billing", "0.2.0");
        Set<Feature> installed = Set.of(core, sampleOld);
        FeaturesService features = fake(FeaturesService.class, Map.of(
                "listFeatures", a -> new Feature[] {feature("scr", "4.4.10"), core, sampleNew, sampleOld, billingOld, billingNew},
                "isInstalled", a -> installed.contains(a[0])));
        List<PluginsView.Row> rows = PluginsView.rows(features);
        assertEquals(List.of("pitstop-billing", "pitstop-core", "pitstop-sample"), rows.stream().map(PluginsView.Row::name).toList());
        assertEquals("0.2.0", rows.get(0).version());
        assertFalse(rows.get(0).installed());
        assertEquals("0.1.0", rows.get(2).version());
        assertTrue(rows.get(2).installed());
    }

    @Test
    public void theFeaturesTheUiStandsOnCannotBeRemovedFromIt() {
        assertFalse(new PluginsView.Row("pitstop-ui", "1", "", true).removable());
        assertFalse(new PluginsView.Row("pitstop-core", "1", "", true).removable());
        assertFalse(new PluginsView.Row("pitstop-db-postgresql", "1", "", true).removable());
        assertTrue(new PluginsView.Row("pitstop-sample", "1", "", true).removable());
    }
}
