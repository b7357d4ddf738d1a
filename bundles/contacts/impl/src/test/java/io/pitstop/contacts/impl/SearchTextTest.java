package io.pitstop.contacts.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import org.junit.Test;

public class SearchTextTest {
    @Test
    public void namesBecomeLowerCaseWordsWithYoAsYe() {
        SearchText t = SearchText.parse("  Фёдоров   ПЁТР-Ильич ");
        assertEquals(SearchText.Mode.WORDS, t.mode());
        assertEquals(List.of("федоров", "петр", "ильич"), t.words());
        assertEquals(List.of("ооо", "ромашка", "сервис"), SearchKeys.words("ООО \"Ромашка-Сервис\""));
        assertEquals(" ооо ромашка", SearchKeys.joined(SearchKeys.words("ООО «Ромашка»")));
        assertEquals(SearchText.MAX_WORDS, SearchText.parse("a b c d e f g h").words().size());
    }

    @Test
    public void phonesEmailsAndNumbersAreExact() {
        SearchText phone = SearchText.parse("8 (912) 345-67-89");
        assertEquals(SearchText.Mode.EXACT, phone.mode());
        assertEquals("+79123456789", phone.phone());
        assertNull(phone.inn());
        // ten digits may be a phone or an INN: both are looked up
        SearchText ten = SearchText.parse("7707083893");
        assertEquals("+77707083893", ten.phone());
        assertEquals("7707083893", ten.inn());
        assertEquals("1027700132195", SearchText.parse("1027700132195").ogrn());
        assertEquals("info@sberbank.ru", SearchText.parse(" Info@SberBank.ru ").email());
        // a number that is none of these matches nothing rather than everything
        SearchText odd = SearchText.parse("12345");
        assertEquals(SearchText.Mode.EXACT, odd.mode());
        assertNull(odd.phone());
        assertNull(odd.inn());
        assertNull(odd.ogrn());
    }

    @Test
    public void shortNumbersAndPunctuationAreNotExact() {
        assertEquals(SearchText.Mode.WORDS, SearchText.parse("1С").mode());
        assertEquals(SearchText.Mode.WORDS, SearchText.parse("123").mode());
        assertEquals(SearchText.Mode.ANY, SearchText.parse(" -- ").mode());
        assertEquals(SearchText.Mode.ANY, SearchText.parse(null).mode());
    }

    @Test
    public void fourToElevenDigitsAreAlsoTheBeginningOfAnInn() {
        SearchText four = SearchText.parse(" 7707 ");
        assertEquals(SearchText.Mode.EXACT, four.mode());
        assertEquals("7707", four.innPrefix());
        assertEquals("770708389", SearchText.parse("770708389").innPrefix());
        // ten digits: a whole organisation's INN, or the beginning of a person's
        assertEquals("7707083893", SearchText.parse("7707083893").innPrefix());
        assertEquals("7707083893", SearchText.parse("7707083893").inn());
        assertNull("twelve digits are a whole INN", SearchText.parse("770708389312").innPrefix());
        assertNull("a formatted phone is no INN", SearchText.parse("8 (912) 345-67-89").innPrefix());
        assertNull(SearchText.parse("770").innPrefix());
    }

    @Test
    public void theInnRangeEndsAfterEveryInnWithThePrefix() {
        assertEquals("7708", SearchText.innPrefixEnd("7707"));
        assertEquals("771", SearchText.innPrefixEnd("7709"));
        assertEquals("8", SearchText.innPrefixEnd("7999"));
        assertNull(SearchText.innPrefixEnd("9999"));
    }
}
