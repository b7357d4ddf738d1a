package io.pitstop.core.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.ValidationException;
import java.util.List;
import org.junit.Test;

public class ParamsTest {
    enum Status { ACTIVE, SUSPENDED, CLOSED }

    private static final List<String> SORTABLE = List.of("name", "createdAt");

    @Test
    public void pagingDefaultsAndRange() {
        Params p = new Params();
        PageRequest page = p.page(null, "", null, SORTABLE);
        assertFalse(p.hasErrors());
        assertEquals(0, page.offset());
        assertEquals(PageRequest.DEFAULT_LIMIT, page.limit());
        assertEquals(new PageRequest(2147483647, 1000, List.of()), new Params().page("2147483647", "1000"));
    }

    @Test
    public void everyBadPagingValueNamesTheFieldAndTheRange() {
        String offsetRange = "must be a whole number from 0 to 2147483647";
        String limitRange = "must be a whole number from 1 to 1000";
        for (String bad : new String[] {"abc", "1.5", "-1", "99999999999", " 5", "5 ", "+5", "0x10", "1e3", "5\u0000"}) {
            assertEquals(bad, List.of(new FieldError("offset", offsetRange)), errors(p -> p.page(bad, null)));
        }
        for (String bad : new String[] {"abc", "1.5", "-1", "0", "1001", "99999999999"}) {
            assertEquals(bad, List.of(new FieldError("limit", limitRange)), errors(p -> p.page(null, bad)));
        }
        // all at once
        assertEquals(List.of(new FieldError("offset", offsetRange), new FieldError("limit", limitRange)),
                errors(p -> p.page("x", "y")));
    }

    @Test
    public void sortIsFieldNamesOnly() {
        assertEquals(List.of(new PageRequest.SortOrder("createdAt", false), new PageRequest.SortOrder("name", true)),
                new Params().sort("-createdAt,name", SORTABLE));
        for (String bad : new String[] {"name\u0000", "name ", " name", "name,,", "na me", "name;drop"}) {
            List<FieldError> errors = errors(p -> p.sort(bad, SORTABLE));
            assertEquals(bad, "sort", errors.get(0).field());
            assertTrue(errors.get(0).message().startsWith("must be field names separated by commas"));
        }
        assertEquals("cannot sort by \"password\"; allowed: [createdAt, name]",
                errors(p -> p.sort("password", SORTABLE)).get(0).message());
    }

    @Test
    public void flagsAreTrueOrFalseExactly() {
        assertTrue(new Params().flag("true", "pending", false));
        assertFalse(new Params().flag(null, "pending", false));
        for (String bad : new String[] {"maybe", "TRUE", "1", "yes", "true "}) {
            assertEquals(bad, List.of(new FieldError("pending", "must be true or false")), errors(p -> p.flag(bad, "pending", false)));
        }
    }

    @Test
    public void enumsAndCurrenciesInTheirDocumentedForm() {
        assertEquals(Status.SUSPENDED, new Params().choice("SUSPENDED", "status", Status.class));
        assertNull(new Params().choice(null, "status", Status.class));
        for (String bad : new String[] {" ACTIVE", "active", "ACTIVE\u0000", "OPEN"}) {
            assertEquals(List.of(new FieldError("status", "must be one of ACTIVE, SUSPENDED, CLOSED")),
                    errors(p -> p.choice(bad, "status", Status.class)));
        }
        assertEquals("RUB", new Params().currency("RUB", "currency"));
        assertEquals(List.of(new FieldError("currency", "must be three capital letters of ISO 4217 such as RUB: \"RUB\\u0000\"")),
                errors(p -> p.currency("RUB\u0000", "currency")));
    }

    @Test
    public void textRefusesWhatBodiesRefuseAndLineBreaksToo() {
        assertEquals("Иванов", new Params().text("Иванов", "q"));
        assertEquals("must not contain control characters: found U+0000 at position 5",
                errors(p -> p.text("name\u0000", "q")).get(0).message());
        assertEquals("must be one line: found U+000A at position 2", errors(p -> p.text("a\nb", "q")).get(0).message());
        assertEquals("must contain a visible character", errors(p -> p.text("\uFEFF", "q")).get(0).message());
        assertEquals("must be at most 500 characters", errors(p -> p.text("x".repeat(501), "q")).get(0).message());
    }

    private static List<FieldError> errors(java.util.function.Consumer<Params> reading) {
        Params p = new Params();
        reading.accept(p);
        ValidationException e = assertThrows(ValidationException.class, p::throwIfInvalid);
        return e.fieldErrors();
    }
}
