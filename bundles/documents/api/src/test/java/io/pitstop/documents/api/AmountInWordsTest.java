package io.pitstop.documents.api;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import org.junit.Test;

public class AmountInWordsTest {
    private static String ru(String amount) {
        return AmountInWords.russian(new BigDecimal(amount));
    }

    private static String en(String amount) {
        return AmountInWords.english(new BigDecimal(amount));
    }

    @Test
    public void theSeedsAmount() {
        assertEquals("Пятьдесят семь тысяч четыреста рублей 00 копеек", ru("57400.00"));
        assertEquals("Восемьсот шестьдесят рублей 00 копеек", ru("860"));
    }

    @Test
    public void rublesTakeTheFormTheirNumberAsks() {
        assertEquals("Ноль рублей 00 копеек", ru("0"));
        assertEquals("Один рубль 00 копеек", ru("1"));
        assertEquals("Два рубля 00 копеек", ru("2"));
        assertEquals("Пять рублей 00 копеек", ru("5"));
        assertEquals("Одиннадцать рублей 00 копеек", ru("11"));
        assertEquals("Двадцать один рубль 00 копеек", ru("21"));
        assertEquals("Сто двенадцать рублей 00 копеек", ru("112"));
    }

    @Test
    public void thousandsAreFeminineAndMillionsMasculine() {
        assertEquals("Одна тысяча рублей 00 копеек", ru("1000"));
        assertEquals("Две тысячи два рубля 00 копеек", ru("2002"));
        assertEquals("Пять тысяч рублей 00 копеек", ru("5000"));
        assertEquals("Одиннадцать тысяч рублей 00 копеек", ru("11000"));
        assertEquals("Двадцать одна тысяча рублей 00 копеек", ru("21000"));
        assertEquals("Один миллион рублей 00 копеек", ru("1000000"));
        assertEquals("Два миллиона две тысячи рублей 00 копеек", ru("2002000"));
        assertEquals("Один миллиард один миллион одна тысяча один рубль 00 копеек", ru("1001001001"));
    }

    @Test
    public void kopecksAreTwoDigitsWithTheirNoun() {
        assertEquals("Ноль рублей 01 копейка", ru("0.01"));
        assertEquals("Один рубль 02 копейки", ru("1.02"));
        assertEquals("Один рубль 05 копеек", ru("1.05"));
        assertEquals("Один рубль 11 копеек", ru("1.11"));
        assertEquals("Один рубль 21 копейка", ru("1.21"));
        assertEquals("Один рубль 50 копеек", ru("1.5"));
    }

    @Test
    public void english() {
        assertEquals("Fifty-seven thousand four hundred roubles 00 kopecks", en("57400"));
        assertEquals("Zero roubles 00 kopecks", en("0"));
        assertEquals("One rouble 01 kopeck", en("1.01"));
        assertEquals("Twenty-one roubles 02 kopecks", en("21.02"));
        assertEquals("One million one thousand eleven roubles 00 kopecks", en("1001011"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aNegativeAmountIsAMistake() {
        ru("-1");
    }
}
