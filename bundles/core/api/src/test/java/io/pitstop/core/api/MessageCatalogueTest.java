package io.pitstop.core.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class MessageCatalogueTest {
    private static MessageCatalogue read(String text) throws IOException {
        return MessageCatalogue.read("test", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void varyingPartsMoveIntoTheTranslationInAnyOrderOrNotAtAll() throws IOException {
        MessageCatalogue c = read("# comment\n\nmust be at most {0} characters\tне длиннее {0} символов\n"
                + "Book {0} has {1} {2} available\tдоступно {1} {2} (счёт {0})\n"
                + "Book {0} is closed\tСчёт закрыт\n");
        assertEquals(3, c.size());
        assertEquals("не длиннее 300 символов", c.translate("must be at most 300 characters"));
        assertEquals("доступно 10.00 RUB (счёт b-1)", c.translate("Book b-1 has 10.00 RUB available"));
        assertEquals("Счёт закрыт", c.translate("Book b-2 is closed"));
    }

    @Test
    public void aValueThatLooksLikeAPlaceholderStaysAsSent() throws IOException {
        MessageCatalogue c = read("INN {0} already belongs to '{1}' ({2})\tИНН {0} уже есть у «{1}» ({2})\n");
        assertEquals("ИНН 7707083893 уже есть у «{2}» (c-1)", c.translate("INN 7707083893 already belongs to '{2}' (c-1)"));
        assertEquals("ИНН $1 уже есть у «a\\b» (c-1)", c.translate("INN $1 already belongs to 'a\\b' (c-1)"));
    }

    @Test
    public void aHugeMessageIsLeftAsSentAtOnce() throws IOException {
        MessageCatalogue c = read("{0} {1} does not exist\t{0} {1} не существует\n");
        String huge = "x ".repeat(500_000);
        long start = System.nanoTime();
        assertEquals(huge, c.translate(huge));
        assertTrue("took " + (System.nanoTime() - start) / 1_000_000 + " ms", System.nanoTime() - start < 1_000_000_000L);
        String longest = "y".repeat(MessageCatalogue.LONGEST_TRANSLATED - " z does not exist".length()) + " z does not exist";
        assertEquals(MessageCatalogue.LONGEST_TRANSLATED, longest.length());
        assertTrue(c.translate(longest).endsWith("z не существует"));
    }

    @Test
    public void unknownMessagesAndNullPassUnchanged() throws IOException {
        MessageCatalogue c = read("is required\tобязательное поле\n");
        assertEquals("is required, really", c.translate("is required, really"));
        assertEquals("something new", c.translate("something new"));
        assertNull(c.translate(null));
        assertEquals("is required", MessageCatalogue.EMPTY.translate("is required"));
    }

    @Test
    public void theFirstCatalogueWinsWhereBothKnowAMessage() throws IOException {
        MessageCatalogue core = read("is required\tобязательное поле\n");
        MessageCatalogue plugin = read("is required\tнужно заполнить\nis odd\tстранно\n");
        MessageCatalogue both = core.and(plugin);
        assertEquals("обязательное поле", both.translate("is required"));
        assertEquals("странно", both.translate("is odd"));
        assertEquals(1, core.size());
    }

    @Test
    public void aBrokenLineIsRefusedWithItsPlace() {
        IllegalArgumentException noTab = assertThrows(IllegalArgumentException.class,
                () -> read("is required\tобязательное поле\nis odd странно\n"));
        assertEquals("test:2: no tab between message and translation", noTab.getMessage());
        IllegalArgumentException unknownPart = assertThrows(IllegalArgumentException.class,
                () -> read("Book {0} is closed\tСчёт {1} закрыт\n"));
        assertTrue(unknownPart.getMessage(), unknownPart.getMessage().startsWith("test:1: the translation uses {1}"));
    }

    @Test
    public void theCoreCatalogueReadsAndKnowsTheGenericRules() throws IOException {
        try (InputStream in = MessageCatalogue.class.getClassLoader()
                .getResourceAsStream(MessageCatalogue.RESOURCE_PREFIX + "ru.txt")) {
            MessageCatalogue c = MessageCatalogue.read("core-api", in);
            assertEquals("обязательное поле", c.translate("is required"));
            assertEquals("не больше двух знаков после запятой (введено 10.005)",
                    c.translate("must have at most 2 decimal places, got 10.005"));
            assertEquals("contact c-1 не существует", c.translate("contact c-1 does not exist"));
        }
    }
}
