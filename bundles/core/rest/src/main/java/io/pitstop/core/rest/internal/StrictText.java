package io.pitstop.core.rest.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.pitstop.core.rest.FreeText;
import java.io.IOException;

/**
 * Every text of every request body, for every resource and plugin: only a JSON string is a text ({@code true}, 12
 * or an object are refused, not turned into "true" or "12"), and it must pass {@link TextRules}; line breaks only
 * in fields marked {@link FreeText}.
 */
final class StrictText extends StdScalarDeserializer<String> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final boolean lineBreaks;

    StrictText(boolean lineBreaks) {
        super(String.class);
        this.lineBreaks = lineBreaks;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        boolean free = property != null && property.getAnnotation(FreeText.class) != null;
        return free == lineBreaks ? this : new StrictText(free);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw new Refused(p, "must be a text");
        }
        String text = p.getText();
        String problem = TextRules.problem(text, lineBreaks);
        if (problem != null) {
            throw new Refused(p, problem);
        }
        return text;
    }

    /** A value the input rules refuse; {@link #reason()} is the message for its field, which Jackson's path names. */
    static final class Refused extends MismatchedInputException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        Refused(JsonParser p, String reason) {
            super(p, reason, String.class);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
