package io.pitstop.ui.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import org.junit.Test;

public class TextsTest {
    private final Texts texts = Texts.of(TextsTest.class, "io.pitstop.ui.api.test");

    @Test
    public void russianIsTheBaseAndEnglishOverrides() {
        assertEquals("Привет, Анна", texts.get(Ui.RUSSIAN, "greeting", "Анна"));
        assertEquals("Hello, Ann", texts.get(Ui.ENGLISH, "greeting", "Ann"));
    }

    @Test
    public void aKeyMissingInEnglishFallsBackToRussianNotToTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertEquals("только по-русски", texts.get(Ui.ENGLISH, "only.ru"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    public void aMissingKeyShowsItselfInsteadOfFailing() {
        assertEquals("!nope!", texts.get(Ui.RUSSIAN, "nope"));
        assertFalse(texts.has(Ui.RUSSIAN, "nope"));
        assertTrue(texts.has(Ui.ENGLISH, "greeting"));
    }

    @Test
    public void everyUiLanguageMapsToASupportedOne() {
        assertEquals(Ui.ENGLISH, Ui.supported(Locale.US));
        assertEquals(Ui.RUSSIAN, Ui.supported(Locale.forLanguageTag("ru-RU")));
        assertEquals(Ui.RUSSIAN, Ui.supported(Locale.JAPANESE));
    }
}
