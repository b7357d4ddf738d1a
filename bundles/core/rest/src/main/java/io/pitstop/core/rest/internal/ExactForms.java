package io.pitstop.core.rest.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Values in their documented form only. An enum value is its constant's name exactly: Jackson's own reader also
 * takes it with spaces around ({@code " ACTIVE"}), which a strict API must refuse like any other unknown value. A
 * date or time is a text such as {@code 2024-03-01T10:00:00Z}: Jackson's own reader also takes a number as seconds
 * or days since 1970, which nobody means by a date.
 */
final class ExactForms extends StdDeserializer<Object> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final JsonDeserializer<?> delegate;
    /** The accepted names of an enum; null for a date or time, which only has to be a text. */
    private final Set<String> names;

    private ExactForms(Class<?> type, JsonDeserializer<?> delegate) {
        super(type);
        this.delegate = delegate;
        this.names = type.isEnum()
                ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toSet())
                : null;
    }

    /** Wraps every enum and java.time reader of a mapper. */
    static BeanDeserializerModifier modifier() {
        return new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactForms(type.getRawClass(), deserializer);
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type.getPackageName().equals("java.time") ? new ExactForms(type, deserializer) : deserializer;
            }
        };
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
        if (delegate instanceof ContextualDeserializer contextual) {
            JsonDeserializer<?> specific = contextual.createContextual(ctxt, property);
            return specific == delegate ? this : new ExactForms(handledType(), specific);
        }
        return this;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (names == null && !p.hasToken(JsonToken.VALUE_STRING)) {
            return ctxt.handleUnexpectedToken(handledType(), p);
        }
        if (names != null && p.hasToken(JsonToken.VALUE_STRING) && !names.contains(p.getText())) {
            return ctxt.handleWeirdStringValue(handledType(), p.getText(), "not one of the values accepted");
        }
        return delegate.deserialize(p, ctxt);
    }
}
