package io.masthead.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The one ObjectMapper of the application reads JSON strictly: exactly one JSON value per body, every member name
 * once per object, and the contract's types exactly (no numbers for enums or strings, no strings for numbers).
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        // Jackson would shift every incoming time to UTC; an article keeps the offset its editor wrote.
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        // "{...}xyz" and "{...}{...}" are not one JSON document; Jackson would read the first value and stop.
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // With duplicate names, the last one would silently win; two readers of one body could disagree.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // Jackson maps 1 (and "1") to the second constant of an enum: {"role": 1} would create an admin key.
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // 2.5 for a whole number would be cut to 2 without a word.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // The contract's types are exact: 5 is not a string and "5" is not a number.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
    }
}
