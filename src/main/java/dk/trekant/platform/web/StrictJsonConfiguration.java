package dk.trekant.platform.web;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Partners' JSON is read as written: a number is not a text, a date or a yes/no, and a yes/no is
 * not a number. (Together with the strict settings under {@code spring.jackson} in application.yaml.)
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictScalars() {
        return builder -> builder.deserializerByType(OffsetDateTime.class, new IsoOffsetDateTime())
                .serializerByType(Instant.class, new MillisecondInstant()).postConfigurer(mapper -> {
            for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.DateTime, LogicalType.Boolean,
                    LogicalType.Enum}) {
                mapper.coercionConfigFor(type)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            }
            // "", "   " or "\u0000" for a number or a yes/no is an error, not a silent null.
            for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
                mapper.coercionConfigFor(type)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setAcceptBlankAsEmpty(false);
            }
        });
    }

    /**
     * Every moment Trekant answers with has one form: UTC with milliseconds, {@code 2026-12-06T03:15:23.120Z}.
     * A receipt made when a notification is stored (the clock's nanoseconds) and the same receipt read
     * back from the database (micro- or milliseconds) are the same bytes.
     */
    static class MillisecondInstant extends StdSerializer<Instant> {

        private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(ZoneOffset.UTC);

        MillisecondInstant() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(FORMAT.format(value.truncatedTo(ChronoUnit.MILLIS)));
        }
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
