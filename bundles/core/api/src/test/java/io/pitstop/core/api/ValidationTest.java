package io.pitstop.core.api;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ValidationTest {
    @Test
    public void aQuoteIsShortAndShowsWhatCannotBeSeen() {
        assertEquals("\"abc\"", Validation.quote("abc"));
        assertEquals("\"RUB\\u0000\"", Validation.quote("RUB\u0000"));
        assertEquals("\"\\uFEFF\\u200B\"", Validation.quote("\uFEFF\u200B"));
        String huge = "x".repeat(200_000);
        assertEquals("\"" + "x".repeat(Validation.QUOTE_LENGTH) + "\" (200000 characters)", Validation.quote(huge));
    }

    @Test
    public void anIdMessageQuotesAtMostAnExcerpt() {
        ValidationException e = org.junit.Assert.assertThrows(ValidationException.class,
                () -> TypedId.parse("y".repeat(100_000), "id"));
        assertEquals("is not a valid id: \"" + "y".repeat(40) + "\" (100000 characters)", e.fieldErrors().get(0).message());
    }
}
