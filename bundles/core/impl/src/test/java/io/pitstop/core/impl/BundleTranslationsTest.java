package io.pitstop.core.impl;

import static org.junit.Assert.assertEquals;

import io.pitstop.core.api.MessageCatalogue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class BundleTranslationsTest {
    private static MessageCatalogue read(String text) throws IOException {
        return MessageCatalogue.read("test", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void cataloguesMergePerLanguageAndTheEarlierBundleWins() throws IOException {
        Map<String, MessageCatalogue> core = Map.of("ru", read("is required\tобязательное поле\n"));
        Map<String, MessageCatalogue> plugin = Map.of(
                "ru", read("is required\tнужно заполнить\nTariff {0} is archived\tТариф {0} в архиве\n"),
                "kk", read("is required\tтолтыру керек\n"));
        Map<String, MessageCatalogue> merged = BundleTranslations.merge(List.of(core, plugin));
        assertEquals(List.of("kk", "ru"), List.copyOf(merged.keySet()));
        assertEquals("обязательное поле", merged.get("ru").translate("is required"));
        assertEquals("Тариф T-1 в архиве", merged.get("ru").translate("Tariff T-1 is archived"));
        assertEquals("толтыру керек", merged.get("kk").translate("is required"));
        // the plugin gone: its messages go with it
        assertEquals("Tariff T-1 is archived", BundleTranslations.merge(List.of(core)).get("ru").translate("Tariff T-1 is archived"));
    }
}
