package nl.koers.defaults.edge;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read as they are typed: a JSON value of the wrong type is refused (400 naming the field)
 * instead of quietly converted. Left to its defaults Jackson turns {@code 12345} into the string "12345",
 * {@code 1.5} into the capacity 1, {@code "3"} into 3, a number into a date and {@code 0} into the first enum
 * constant; each hides a client's bug and stores something the client did not mean. Unknown properties stay
 * accepted (Boot's default), so clients may send fields a newer API version added.
 */
final class StrictJson implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder
                // Strings for numbers, booleans and dates; numbers for booleans and dates.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // Numbers and booleans for strings, which the scalar switch above does not cover.
                .withCoercionConfig(LogicalType.Textual, strings -> strings
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.DateTime, dates -> dates
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                // "" is no object, list or enum constant: refused rather than read as null or empty.
                .withCoercionConfigDefaults(all -> all
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setAcceptBlankAsEmpty(false));
    }
}
