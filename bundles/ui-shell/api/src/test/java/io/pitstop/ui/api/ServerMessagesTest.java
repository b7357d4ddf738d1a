package io.pitstop.ui.api;

import static org.junit.Assert.assertEquals;

import java.util.Locale;
import org.junit.Test;

public class ServerMessagesTest {
    @Test
    public void knownMessagesSpeakRussianWithTheirVaryingParts() {
        assertEquals("обязательное поле", ServerMessages.translate(Ui.RUSSIAN, "is required"));
        assertEquals("не длиннее 300 символов", ServerMessages.translate(Ui.RUSSIAN, "must be at most 300 characters"));
        assertEquals("не больше двух знаков после запятой (введено 10.005)",
                ServerMessages.translate(Ui.RUSSIAN, "must have at most 2 decimal places, got 10.005"));
        assertEquals("ИНН 7707083893 уже есть у организации «ПАО Сбербанк»", ServerMessages.translate(Ui.RUSSIAN,
                "INN 7707083893 already belongs to an organisation 'ПАО Сбербанк' (c-1)"));
    }

    @Test
    public void englishAndUnknownMessagesPassUnchanged() {
        assertEquals("is required", ServerMessages.translate(Locale.ENGLISH, "is required"));
        assertEquals("something new", ServerMessages.translate(Ui.RUSSIAN, "something new"));
    }
}
