package io.pitstop.core.rest.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.Validation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A body Jackson could not read, said the way a caller can act on it: the field by its JSON path and what it
 * accepts ("must be a text", "must be one of ACTIVE, SUSPENDED, CLOSED"). Never Jackson's own text, which names
 * Java types and quotes the input at any length.
 */
final class JsonProblems {
    private static final String NAME = "[A-Za-z_$][A-Za-z0-9_$-]{0,63}";

    private JsonProblems() {
    }

    static FieldError describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException read
                && !(read instanceof JsonMappingException)) {
            // the parser's own failure (a duplicate, a number out of range) wrapped on its way out of a nested
            // value: the parser still knows the exact field
            return describe(read);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldError(field(mapping.getPath()), mappingMessage(mapping));
        }
        if (e instanceof StrictText.Refused refused) {
            return new FieldError("body", refused.reason());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new FieldError("body", expected(mismatch.getTargetType()));
        }
        JsonStreamContext at = e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext() : null;
        String field = at == null ? "body" : field(at);
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            return new FieldError(field, "is given more than once");
        }
        if (e instanceof InputCoercionException coercion) {
            return new FieldError(field, expected(coercion.getTargetType()));
        }
        if (e instanceof StreamConstraintsException) {
            return new FieldError(field, "is too long");
        }
        JsonLocation where = e.getLocation();
        if (where == null || where.getLineNr() < 1) {
            return new FieldError("body", "is not valid JSON");
        }
        return new FieldError("body", "is not valid JSON: see line " + where.getLineNr() + ", column " + where.getColumnNr());
    }

    private static String mappingMessage(JsonMappingException e) {
        if (e instanceof StrictText.Refused refused) {
            return refused.reason();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds() == null ? List.of() : unknown.getKnownPropertyIds();
            return "is not a known field; known: " + new TreeSet<>(known.stream().map(String::valueOf).toList())
                    .stream().collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof MismatchedInputException mismatch) {
            return expected(mismatch.getTargetType());
        }
        if (e.getCause() instanceof StrictText.Refused refused) {
            return refused.reason();
        }
        return "has a form this server cannot read";
    }

    /** What a value of this Java type is, in words a client of a JSON API understands. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "must be a text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == Short.class || type == short.class || type == Byte.class || type == byte.class || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "must be a number";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "must be a date and time such as 2024-03-01T10:00:00Z";
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2024-03-01";
        }
        if (type == UUID.class) {
            return "must be an id such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    private static String field(List<JsonMappingException.Reference> path) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference ref : path) {
            parts.add(ref.getFieldName() != null ? name(ref.getFieldName()) : "[" + ref.getIndex() + "]");
        }
        return join(parts);
    }

    private static String field(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.add(name(c.getCurrentName()));
            } else if (c.inArray()) {
                parts.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        Collections.reverse(parts);
        return parts.isEmpty() ? "body" : join(parts);
    }

    private static String join(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (out.length() > 0 && !p.startsWith("[")) {
                out.append('.');
            }
            out.append(p);
        }
        return out.toString();
    }

    /** A field name as sent when it looks like one, else a short quoted excerpt (a name can be a megabyte too). */
    private static String name(String name) {
        return Objects.requireNonNullElse(name, "").matches(NAME) ? name : Validation.quote(name);
    }
}
