package io.pitstop.core.rest.internal;

import static org.junit.Assert.assertEquals;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.MessageCatalogue;
import io.pitstop.core.api.Translations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Test;

public class ProblemLanguageTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    /** Russian from a real catalogue, as the core's translation service would give it. */
    private static Translations russian(String catalogue) throws IOException {
        MessageCatalogue c = MessageCatalogue.read("test", new ByteArrayInputStream(catalogue.getBytes(StandardCharsets.UTF_8)));
        return new Translations() {
            @Override
            public String translate(Locale language, String message) {
                return "ru".equals(language.getLanguage()) ? c.translate(message) : message;
            }

            @Override
            public List<Locale> languages() {
                return List.of(Locale.ENGLISH, RU);
            }
        };
    }

    private static Map<String, Object> problem(String title, String detail, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:pitstop:problem:x");
        body.put("title", title);
        body.put("status", 400);
        body.put("detail", detail);
        if (errors != null) {
            body.put("errors", errors);
        }
        body.put("existingId", "c-1");
        return body;
    }

    @Test
    public void fieldErrorsAndTheirDetailSpeakTheLanguageWhileCodesStay() throws IOException {
        ProblemLanguage filter = new ProblemLanguage(russian("Invalid input\tНеверные данные\nis required\tобязательное поле\n"));
        Map<String, Object> out = filter.translate(problem("Invalid input", "name is required; inn is odd",
                List.of(new FieldError("name", "is required"), new FieldError("inn", "is odd"))), RU);
        assertEquals("urn:pitstop:problem:x", out.get("type"));
        assertEquals(400, out.get("status"));
        assertEquals("Неверные данные", out.get("title"));
        assertEquals(List.of(new FieldError("name", "обязательное поле"), new FieldError("inn", "is odd")), out.get("errors"));
        assertEquals("name: обязательное поле; inn: is odd", out.get("detail"));
        assertEquals("c-1", out.get("existingId"));
    }

    @Test
    public void aProblemWithoutFieldsHasItsDetailTranslated() throws IOException {
        ProblemLanguage filter = new ProblemLanguage(russian("Book {0} is closed and takes no postings\tСчёт закрыт\n"));
        Map<String, Object> out = filter.translate(problem("Refused by a business rule",
                "Book b-1 is closed and takes no postings", null), RU);
        assertEquals("Счёт закрыт", out.get("detail"));
        assertEquals("Refused by a business rule", out.get("title"));
    }

    @Test
    public void acceptLanguageIsReadWithItsWeights() throws IOException {
        Translations t = russian("");
        assertEquals(RU, t.choose(ProblemLanguage.preferred("de, ru-RU;q=0.9, en;q=0.5")));
        assertEquals(RU, t.choose(ProblemLanguage.preferred("en;q=0.4, ru;q=0.8")));
        assertEquals(Locale.ENGLISH, t.choose(ProblemLanguage.preferred("ru;q=0")));
        assertEquals(Locale.ENGLISH, t.choose(ProblemLanguage.preferred("*")));
        assertEquals(Locale.ENGLISH, t.choose(ProblemLanguage.preferred("ru;q=nonsense")));
        assertEquals(Locale.ENGLISH, t.choose(ProblemLanguage.preferred(null)));
    }

    @Test
    public void theFirstSpokenOfTheCallersLanguagesIsChosen() throws IOException {
        Translations t = russian("");
        assertEquals(RU, t.choose(List.of(Locale.GERMAN, Locale.forLanguageTag("ru-RU"), Locale.ENGLISH)));
        assertEquals(Locale.ENGLISH, t.choose(List.of(Locale.GERMAN)));
        assertEquals(Locale.ENGLISH, t.choose(List.of(new Locale("*"))));
        assertEquals(Locale.ENGLISH, t.choose(List.of()));
    }
}
