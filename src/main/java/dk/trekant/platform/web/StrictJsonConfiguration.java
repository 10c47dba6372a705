package dk.trekant.platform.web;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Partners' JSON is read as written: a number is not a text, a date or a yes/no, and a yes/no is
 * not a number. (Together with the strict settings under {@code spring.jackson} in application.yaml.)
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictScalars() {
        return builder -> builder.deserializerByType(OffsetDateTime.class, new IsoOffsetDateTime()).postConfigurer(mapper -> {
            for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.DateTime, LogicalType.Boolean,
                    LogicalType.Enum}) {
                mapper.coercionConfigFor(type)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            }
        });
    }

    /** A moment is an ISO-8601 text with its offset ({@code 2026-11-20T21:30:00+01:00}); never a bare number. */
    static class IsoOffsetDateTime extends StdScalarDeserializer<OffsetDateTime> {

        IsoOffsetDateTime() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            try {
                return OffsetDateTime.parse(parser.getText().trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, parser.getText(),
                        "not an ISO-8601 date and time with offset");
            }
        }
    }
}
