package io.pitstop.core.rest.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import io.pitstop.core.api.Money;
import io.pitstop.core.api.TypedId;
import java.io.IOException;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Jackson for every Pitstop resource. Strict on input: unknown fields, a field given twice, a value of another
 * JSON type than the field's (no coercion in any direction: {@code true} is not the text "true", "12" is not the
 * number 12, 1.5 is not an integer, 0 is not false) and text the input rules refuse ({@link StrictText}) are 400s
 * naming the field, not silently coerced or last-one-wins values.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
@JaxrsName("pitstop.json")
@JaxrsMediaType({"application/json", "application/problem+json"})
public class PitstopJsonProvider extends JacksonJsonProvider {
    public PitstopJsonProvider() {
        super(mapper());
    }

    static ObjectMapper mapper() {
        SimpleModule pitstop = new SimpleModule("pitstop");
        pitstop.addDeserializer(String.class, new StrictText(false));
        pitstop.setDeserializerModifier(ExactForms.modifier());
        pitstop.addSerializer(TypedId.class, new StdSerializer<>(TypedId.class) {
            @Override
            public void serialize(TypedId id, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(id.value().toString());
            }
        });
        pitstop.addSerializer(Money.class, new StdSerializer<>(Money.class) {
            @Override
            public void serialize(Money money, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                gen.writeNumberField("amount", money.amount());
                gen.writeStringField("currency", money.currency());
                gen.writeEndObject();
            }
        });
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(pitstop)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        // a scalar is read only from its own JSON type; text has its own deserializer (StrictText)
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Enum, LogicalType.DateTime, LogicalType.OtherScalar}) {
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.String, CoercionInputShape.EmptyString,
                    CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
                mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        // the shapes a type is written in: a number into a decimal field, text into enums, dates and ids
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        for (LogicalType type : new LogicalType[] {LogicalType.Enum, LogicalType.DateTime, LogicalType.OtherScalar}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        }
        return mapper;
    }
}
