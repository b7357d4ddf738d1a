package io.pitstop.core.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.rest.FreeText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.ws.rs.core.GenericEntity;
import javax.ws.rs.core.Response;
import org.junit.Test;

/** Every input rule of the body reader, and the message the caller gets for it. */
public class PitstopJsonProviderTest {
    enum Status { ACTIVE, SUSPENDED, CLOSED }

    record Line(String book, BigDecimal amount) {
    }

    record Body(String name, Integer count, BigDecimal amount, Boolean flag, Status status, Instant at, UUID id,
                List<String> tags, @FreeText String note, @FreeText List<String> lines, List<Line> entries) {
    }

    private final ObjectMapper mapper = PitstopJsonProvider.mapper();

    @Test
    public void readsWhatIsWrittenInItsOwnForm() throws Exception {
        Body b = read("{\"name\":\"Рога и копыта\",\"count\":3,\"amount\":10,\"flag\":false,\"status\":\"ACTIVE\","
                + "\"at\":\"2024-03-01T10:00:00Z\",\"id\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\",\"tags\":[\"a\"],"
                + "\"note\":\"two\\nlines\\twith a tab\",\"lines\":[\"a\\r\\nb\"],\"name2\":null}".replace(",\"name2\":null", ""));
        assertEquals("Рога и копыта", b.name());
        assertEquals(new BigDecimal("10"), b.amount());
        assertEquals(Status.ACTIVE, b.status());
        assertEquals("two\nlines\twith a tab", b.note());
        // a character outside the BMP is a pair of surrogates, which is whole
        assertEquals("\uD83D\uDE00", read("{\"name\":\"\\uD83D\\uDE00\"}").name());
        // empty means no value and is left to the service
        assertEquals("", read("{\"name\":\"\"}").name());
        assertNull(read("{\"name\":null}").name());
    }

    @Test
    public void noScalarIsCoercedIntoAnother() {
        refused("{\"name\":true}", "name", "must be a text");
        refused("{\"name\":12}", "name", "must be a text");
        refused("{\"name\":1.5}", "name", "must be a text");
        refused("{\"name\":{}}", "name", "must be a text");
        refused("{\"name\":[\"x\"]}", "name", "must be a text");
        refused("{\"tags\":[true]}", "tags[0]", "must be a text");
        refused("{\"count\":\"12\"}", "count", "must be a whole number from -2147483648 to 2147483647");
        refused("{\"count\":1.5}", "count", "must be a whole number from -2147483648 to 2147483647");
        refused("{\"count\":true}", "count", "must be a whole number from -2147483648 to 2147483647");
        refused("{\"count\":99999999999}", "count", "must be a whole number from -2147483648 to 2147483647");
        refused("{\"amount\":\"10.00\"}", "amount", "must be a number");
        refused("{\"amount\":true}", "amount", "must be a number");
        refused("{\"flag\":\"true\"}", "flag", "must be true or false");
        refused("{\"flag\":1}", "flag", "must be true or false");
        refused("{\"flag\":\"maybe\"}", "flag", "must be true or false");
        refused("{\"status\":\" ACTIVE\"}", "status", "must be one of ACTIVE, SUSPENDED, CLOSED");
        refused("{\"status\":\"active\"}", "status", "must be one of ACTIVE, SUSPENDED, CLOSED");
        refused("{\"status\":0}", "status", "must be one of ACTIVE, SUSPENDED, CLOSED");
        refused("{\"status\":\"\"}", "status", "must be one of ACTIVE, SUSPENDED, CLOSED");
        refused("{\"at\":1700000000}", "at", "must be a date and time such as 2024-03-01T10:00:00Z");
        refused("{\"at\":\"yesterday\"}", "at", "must be a date and time such as 2024-03-01T10:00:00Z");
        refused("{\"id\":\"nope\"}", "id", "must be an id such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        refused("{\"tags\":\"a\"}", "tags", "must be a list");
        refused("{\"entries\":[{\"book\":\"b\",\"amount\":\"1\"}]}", "entries[0].amount", "must be a number");
        refused("[]", "body", "must be an object");
    }

    @Test
    public void aFieldGivenTwiceIsRefused() {
        refused("{\"name\":\"a\",\"name\":\"b\"}", "name", "is given more than once");
        refused("{\"entries\":[{\"book\":\"a\",\"book\":\"b\"}]}", "entries[0].book", "is given more than once");
    }

    @Test
    public void controlCharactersAreRefusedWithTheField() {
        refused("{\"name\":\"RUB\\u0000\"}", "name", "must not contain control characters: found U+0000 at position 4");
        refused("{\"name\":\"a\\u001Fb\"}", "name", "must not contain control characters: found U+001F at position 2");
        refused("{\"name\":\"a\\u007F\"}", "name", "must not contain control characters: found U+007F at position 2");
        refused("{\"name\":\"a\\u0085\"}", "name", "must not contain control characters: found U+0085 at position 2");
        refused("{\"note\":\"a\\u0000\"}", "note", "must not contain control characters: found U+0000 at position 2");
        refused("{\"tags\":[\"ok\",\"b\\u0007\"]}", "tags[1]", "must not contain control characters: found U+0007 at position 2");
    }

    @Test
    public void lineBreaksOnlyInFreeText() {
        refused("{\"name\":\"a\\nb\"}", "name", "must be one line: found U+000A at position 2");
        refused("{\"name\":\"a\\tb\"}", "name", "must be one line: found U+0009 at position 2");
        refused("{\"tags\":[\"a\\r\"]}", "tags[0]", "must be one line: found U+000D at position 2");
        refused("{\"entries\":[{\"book\":\"a\\nb\"}]}", "entries[0].book", "must be one line: found U+000A at position 2");
    }

    @Test
    public void loneSurrogatesAreRefused() {
        refused("{\"name\":\"a\\uD800\"}", "name", "must not contain half of a character (a lone surrogate at position 2)");
        refused("{\"name\":\"\\uDC00a\"}", "name", "must not contain half of a character (a lone surrogate at position 1)");
        refused("{\"note\":\"\\uD83Dx\"}", "note", "must not contain half of a character (a lone surrogate at position 1)");
    }

    @Test
    public void textWithNothingVisibleIsRefused() {
        for (String invisible : new String[] {"\\uFEFF", "\\u200B\\u200C\\u200D", "   ", "\\u00A0\\u2060", "\\u3164", "\\u202E"}) {
            refused("{\"name\":\"" + invisible + "\"}", "name", "must contain a visible character");
        }
        refused("{\"note\":\"\\n\\n\"}", "note", "must contain a visible character");
        // invisible characters inside visible text are someone's spelling, not a trick
        assertEquals("a\u200Db", readUnchecked("{\"name\":\"a\\u200Db\"}").name());
    }

    @Test
    public void unknownFieldsAndBrokenJsonNameNoJavaType() {
        FieldError unknown = refused("{\"nmae\":\"x\"}", "nmae", null);
        assertTrue(unknown.message(), unknown.message().startsWith("is not a known field; known: amount, at, count, entries"));
        String huge = "k".repeat(40_000);
        FieldError hugeName = refused("{\"" + huge + "\":1}", "\"" + "k".repeat(40) + "\" (40000 characters)", null);
        assertTrue(hugeName.message().length() < 300);
        refused("{\"" + "k".repeat(100_000) + "\":1}", "body", "is too long");
        refused("{\"name\":", "body", "is not valid JSON: see line 1, column 9");
        refused("{\"name\" \"x\"}", "body", "is not valid JSON: see line 1, column 9");
        refused("{\"name\":\"" + "v".repeat(200_000) + "}", "body", "is not valid JSON: see line 1, column 200011");
    }

    private Body read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Body.class);
    }

    private Body readUnchecked(String json) {
        try {
            return read(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(json, e);
        }
    }

    /** Reads {@code json}, expects a 400 through the problem mapper, checks and returns its one field error. */
    @SuppressWarnings("unchecked")
    private FieldError refused(String json, String field, String message) {
        try {
            read(json);
            fail("accepted " + json);
            return null;
        } catch (JsonProcessingException e) {
            Response r = new ProblemMapper().toResponse(e);
            assertEquals(400, r.getStatus());
            Object entity = r.getEntity() instanceof GenericEntity<?> typed ? typed.getEntity() : r.getEntity();
            Map<String, Object> body = (Map<String, Object>) entity;
            List<FieldError> errors = (List<FieldError>) body.get("errors");
            assertEquals(1, errors.size());
            FieldError error = errors.get(0);
            assertEquals(json.length() > 100 ? json.substring(0, 100) : json, field, error.field());
            if (message != null) {
                assertEquals(message, error.message());
            }
            String detail = String.valueOf(body.get("detail"));
            assertFalse(detail, detail.matches("(?s).*(java\\.|io\\.pitstop|jackson|Cannot deserialize|\\$).*"));
            assertTrue(detail.length() < 500);
            return error;
        }
    }
}
