package io.pitstop.contacts.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.ValidationException;
import java.util.function.BiFunction;
import org.junit.Test;

public class ContactRulesTest {

    // --- INN ---------------------------------------------------------------------------------------------------

    @Test
    public void acceptsRealOrganisationInns() {
        // Sberbank, Yandex, Alfa-Bank, VTB
        for (String inn : new String[] {"7707083893", "7736207543", "7728168971", "7702070139"}) {
            assertEquals(inn, ContactRules.inn(inn, "inn"));
            assertTrue(inn, ContactRules.isValidInn(inn));
        }
    }

    @Test
    public void acceptsRealPersonInns() {
        for (String inn : new String[] {"500100732259", "773173084809"}) {
            assertEquals(inn, ContactRules.inn(inn, "inn"));
            assertEquals(inn, ContactRules.personInn(" " + inn + " ", "inn"));
        }
    }

    @Test
    public void refusesInnsWithOneDigitChanged() {
        for (String valid : new String[] {"7707083893", "7736207543", "500100732259", "773173084809"}) {
            for (int i = 0; i < valid.length(); i++) {
                String changed = changeDigit(valid, i);
                assertFalse(changed, ContactRules.isValidInn(changed));
                expectError("inn", "check digits", ContactRules::inn, changed);
            }
        }
    }

    @Test
    public void refusesInnsOfWrongShape() {
        expectError("ownerInn", "10 digits", ContactRules::inn, "770708389");
        expectError("ownerInn", "10 digits", ContactRules::inn, "77070838931");
        expectError("ownerInn", "10 digits", ContactRules::inn, "77070838 93");
        expectError("ownerInn", "10 digits", ContactRules::inn, "770708389X");
        expectError("ownerInn", "check digits", ContactRules::inn, "0000000000");
        expectError("inn", "12 digits", ContactRules::personInn, "7707083893");
    }

    @Test
    public void blankIsAbsent() {
        assertNull(ContactRules.inn(null, "inn"));
        assertNull(ContactRules.inn("  ", "inn"));
        assertNull(ContactRules.kpp("", "kpp"));
        assertNull(ContactRules.ogrn(null, "ogrn"));
        assertNull(ContactRules.phone(" ", "phone"));
        assertNull(ContactRules.email(null, "email"));
    }

    // --- KPP ---------------------------------------------------------------------------------------------------

    @Test
    public void kppHasFourDigitsTwoDigitsOrLettersThreeDigits() {
        assertEquals("773601001", ContactRules.kpp("773601001", "kpp"));
        assertEquals("7736AB001", ContactRules.kpp("7736ab001", "kpp"));
        expectError("kpp", "9 characters", ContactRules::kpp, "77360100");
        expectError("kpp", "9 characters", ContactRules::kpp, "7736010011");
        expectError("kpp", "9 characters", ContactRules::kpp, "A73601001");
        expectError("kpp", "9 characters", ContactRules::kpp, "77360100A");
        expectError("kpp", "9 characters", ContactRules::kpp, "7736ЖЖ001");
    }

    // --- OGRN / OGRNIP -----------------------------------------------------------------------------------------

    @Test
    public void acceptsRealOgrnAndOgrnip() {
        // Sberbank, VTB, Gazprom, Yandex; two sole proprietors
        for (String ogrn : new String[] {"1027700132195", "1027739609391", "1027700070518", "1027700229193",
                "304500116000157", "304540707500034"}) {
            assertEquals(ogrn, ContactRules.ogrn(ogrn, "ogrn"));
        }
    }

    @Test
    public void refusesOgrnWithOneDigitChanged() {
        for (String valid : new String[] {"1027700132195", "304500116000157"}) {
            // changing the control digit, or a digit in the number, breaks the check
            expectError("ogrn", "check digit", ContactRules::ogrn, changeDigit(valid, valid.length() - 1));
            expectError("ogrn", "check digit", ContactRules::ogrn, changeDigit(valid, 5));
        }
        expectError("ogrn", "OGRNIP: the check", ContactRules::ogrn, "304500116000158");
        expectError("ogrn", "13 digits", ContactRules::ogrn, "10277001321950");
        expectError("ogrn", "13 digits", ContactRules::ogrn, "102770013219");
    }

    // --- phones ------------------------------------------------------------------------------------------------

    @Test
    public void russianWritingsBecomeE164() {
        String[] writings = {
            "8 (912) 345-67-89", "+7 912 345 67 89", "+7 (912) 345-67-89", "79123456789", "89123456789",
            "9123456789", "+79123456789", "8-912-345-67-89", "8 912 3456789", " +7(912)3456789 ", "7 912 345.67.89",
            "8\u00a0912\u00a0345\u201167\u201189", "(912) 345-67-89",
        };
        for (String w : writings) {
            assertEquals(w, "+79123456789", ContactRules.phone(w, "phone"));
        }
        assertEquals("+74951234567", ContactRules.phone("8 (495) 123-45-67", "phone"));
        assertEquals("+78005553535", ContactRules.phone("8 800 555 35 35", "phone"));
        // Kazakhstan shares +7
        assertEquals("+77012345678", ContactRules.phone("+7 701 234 56 78", "phone"));
    }

    @Test
    public void foreignNumbersKeepTheirCountryCode() {
        assertEquals("+493012345678", ContactRules.phone("+49 30 1234 5678", "phone"));
        assertEquals("+442079460000", ContactRules.phone("+44 (20) 7946-0000", "phone"));
        assertEquals("+375291234567", ContactRules.phone("+375 29 123-45-67", "phone"));
        assertEquals("+12025550123", ContactRules.phone("+1 202 555 0123", "phone"));
        assertEquals("+493012345678", ContactRules.phone("8 10 49 30 1234 5678", "phone"));
        assertEquals("+493012345678", ContactRules.phone("0049 30 1234 5678", "phone"));
    }

    @Test
    public void refusesWhatIsNotAPhone() {
        String[] bad = {
            "abc", "+7 912 345 67 8", "+7 912 345 67 890", "912345678", "123", "+1234567", "+0123456789",
            "+12345678901234567", "8 912 345 67 89 доб. 12", "+7 912 345-67-89 ext 5", "7+9123456789",
            "++79123456789", "1234567890", "+7 012 345 67 89", "8 (012) 345-67-89", "phone: 89123456789",
        };
        for (String b : bad) {
            try {
                ContactRules.phone(b, "phones[2]");
                fail("accepted " + b);
            } catch (ValidationException e) {
                assertEquals(b, "phones[2]", e.fieldErrors().get(0).field());
            }
        }
    }

    // --- e-mail ------------------------------------------------------------------------------------------------

    @Test
    public void emailsAreTrimmedAndLowerCased() {
        assertEquals("ivan.petrov@example.ru", ContactRules.email("  Ivan.Petrov@Example.RU ", "email"));
        assertEquals("sales+crm@mail.example.com", ContactRules.email("sales+crm@mail.example.com", "email"));
        assertEquals("info@почта.рф", ContactRules.email("info@ПОЧТА.РФ", "email"));
        assertEquals("o'brien@x-y.io", ContactRules.email("O'Brien@x-y.io", "email"));
    }

    @Test
    public void refusesBrokenEmails() {
        String[] bad = {
            "ivan", "ivan@", "@example.ru", "ivan@example", "ivan@@example.ru", "ivan@exa mple.ru", "iv an@example.ru",
            ".ivan@example.ru", "ivan.@example.ru", "iv..an@example.ru", "ivan@-example.ru", "ivan@example-.ru",
            "ivan@example..ru", "ivan@example.r", "ivan@example.123", "\"ivan\"@example.ru", "ivan@[10.0.0.1]",
            "иван@example.ru", "x".repeat(65) + "@example.ru", "a@" + "b".repeat(250) + ".ru",
        };
        for (String b : bad) {
            expectError("emails[0]", "valid e-mail", ContactRules::email, b);
        }
    }

    private static String changeDigit(String digits, int index) {
        char c = digits.charAt(index);
        char other = c == '9' ? '0' : (char) (c + 1);
        return digits.substring(0, index) + other + digits.substring(index + 1);
    }

    private static void expectError(String field, String fragment, BiFunction<String, String, String> rule, String input) {
        try {
            String result = rule.apply(input, field);
            fail("accepted '" + input + "' as " + result);
        } catch (ValidationException e) {
            assertEquals(1, e.fieldErrors().size());
            FieldError error = e.fieldErrors().get(0);
            assertEquals(field, error.field());
            assertTrue(input + ": " + error.message(), error.message().contains(fragment));
        }
    }
}
