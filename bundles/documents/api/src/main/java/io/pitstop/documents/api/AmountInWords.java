package io.pitstop.documents.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in roubles written out (сумма прописью) as Russian and English documents print it: whole roubles in
 * words, kopecks as two digits, both nouns in the form their number asks for
 * («Пятьдесят семь тысяч четыреста рублей 00 копеек», «Одна тысяча один рубль 21 копейка»).
 */
public final class AmountInWords {
    private static final String[] RU_ONES_M = {"", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"};
    private static final String[] RU_ONES_F = {"", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"};
    private static final String[] RU_TEENS = {"десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
        "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"};
    private static final String[] RU_TENS = {"", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят",
        "семьдесят", "восемьдесят", "девяносто"};
    private static final String[] RU_HUNDREDS = {"", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот",
        "семьсот", "восемьсот", "девятьсот"};
    /** Scales from thousands up: the three forms of the noun and whether it is feminine. */
    private static final String[][] RU_SCALES = {
        {"тысяча", "тысячи", "тысяч", "f"}, {"миллион", "миллиона", "миллионов", "m"},
        {"миллиард", "миллиарда", "миллиардов", "m"}, {"триллион", "триллиона", "триллионов", "m"}};

    private static final String[] EN_ONES = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    private static final String[] EN_SCALES = {"", "thousand", "million", "billion", "trillion"};

    private AmountInWords() {
    }

    /** Russian: «Ноль рублей 00 копеек», «Один рубль 01 копейка», «Две тысячи два рубля 02 копейки». */
    public static String russian(BigDecimal amount) {
        long[] parts = split(amount);
        long roubles = parts[0];
        int kopecks = (int) parts[1];
        String words = roubles == 0 ? "ноль" : russianNumber(roubles, false);
        return capitalise(words) + " " + plural(roubles, "рубль", "рубля", "рублей") + " "
                + String.format("%02d", kopecks) + " " + plural(kopecks, "копейка", "копейки", "копеек");
    }

    /** English: «Fifty-seven thousand four hundred roubles 00 kopecks», «One rouble 01 kopeck». */
    public static String english(BigDecimal amount) {
        long[] parts = split(amount);
        long roubles = parts[0];
        int kopecks = (int) parts[1];
        String words = roubles == 0 ? "zero" : englishNumber(roubles);
        return capitalise(words) + " " + (roubles == 1 ? "rouble" : "roubles") + " "
                + String.format("%02d", kopecks) + " " + (kopecks == 1 ? "kopeck" : "kopecks");
    }

    /** In the document's language: {@code ru} or {@code en}. */
    public static String in(String language, BigDecimal amount) {
        return "en".equals(language) ? english(amount) : russian(amount);
    }

    private static long[] split(BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("An amount in words must be zero or more, not " + amount);
        }
        BigDecimal scaled = amount.setScale(2, RoundingMode.HALF_UP);
        long roubles = scaled.toBigInteger().longValueExact();
        int kopecks = scaled.subtract(BigDecimal.valueOf(roubles)).movePointRight(2).intValueExact();
        return new long[] {roubles, kopecks};
    }

    private static String russianNumber(long n, boolean feminine) {
        StringBuilder out = new StringBuilder();
        long rest = n;
        int[] groups = new int[RU_SCALES.length + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = (int) (rest % 1000);
            rest /= 1000;
        }
        if (rest > 0) {
            throw new IllegalArgumentException("An amount in words is at most 999 trillion, not " + n);
        }
        for (int i = groups.length - 1; i >= 1; i--) {
            if (groups[i] != 0) {
                String[] scale = RU_SCALES[i - 1];
                append(out, triple(groups[i], "f".equals(scale[3])));
                append(out, plural(groups[i], scale[0], scale[1], scale[2]));
            }
        }
        append(out, triple(groups[0], feminine));
        return out.toString();
    }

    private static String triple(int n, boolean feminine) {
        StringBuilder out = new StringBuilder();
        append(out, RU_HUNDREDS[n / 100]);
        int tens = n % 100;
        if (tens >= 10 && tens < 20) {
            append(out, RU_TEENS[tens - 10]);
        } else {
            append(out, RU_TENS[tens / 10]);
            append(out, (feminine ? RU_ONES_F : RU_ONES_M)[tens % 10]);
        }
        return out.toString();
    }

    private static String englishNumber(long n) {
        StringBuilder out = new StringBuilder();
        long rest = n;
        int scale = 0;
        String result = "";
        while (rest > 0) {
            int group = (int) (rest % 1000);
            if (group != 0) {
                if (scale >= EN_SCALES.length) {
                    throw new IllegalArgumentException("An amount in words is at most 999 trillion, not " + n);
                }
                String words = englishTriple(group) + (EN_SCALES[scale].isEmpty() ? "" : " " + EN_SCALES[scale]);
                result = result.isEmpty() ? words : words + " " + result;
            }
            rest /= 1000;
            scale++;
        }
        out.append(result);
        return out.toString();
    }

    private static String englishTriple(int n) {
        StringBuilder out = new StringBuilder();
        if (n >= 100) {
            append(out, EN_ONES[n / 100] + " hundred");
        }
        int tens = n % 100;
        if (tens > 0 && tens < 20) {
            append(out, EN_ONES[tens]);
        } else if (tens >= 20) {
            append(out, EN_TENS[tens / 10] + (tens % 10 == 0 ? "" : "-" + EN_ONES[tens % 10]));
        }
        return out.toString();
    }

    /** The noun's form for a number: 1 and 21 take {@code one}, 2-4 and 22-24 {@code few}, the rest and 11-14 {@code many}. */
    static String plural(long n, String one, String few, String many) {
        long lastTwo = n % 100;
        long last = n % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return many;
        }
        if (last == 1) {
            return one;
        }
        return last >= 2 && last <= 4 ? few : many;
    }

    private static void append(StringBuilder out, String word) {
        if (!word.isEmpty()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
        }
    }

    private static String capitalise(String words) {
        return words.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + words.substring(1);
    }
}
