package nl.koers.defaults.apidocs;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * OpenAPI 3.1 schemas, as springdoc writes them by default ({@code springdoc.api-docs.version} 3.1): the type is
 * the JSON Schema {@code type} (a set, so that {@code null} can join it), never 3.0's {@code nullable}.
 */
@SuppressWarnings({"rawtypes", "unchecked"}) // swagger-core's fluent setters answer the raw Schema
final class Schemas {

    private Schemas() {
    }

    static Schema of(String type) {
        Schema schema = new JsonSchema();
        schema.setTypes(new LinkedHashSet<>(List.of(type)));
        return schema;
    }

    static Schema string() {
        return of("string");
    }

    static Schema integer(long minimum, long maximum) {
        return of("integer").format("int32").minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum));
    }

    static Schema reference(String component) {
        return new JsonSchema().$ref("#/components/schemas/" + component);
    }

    /**
     * {@code schema} that also allows {@code null}: {@code null} joins its types (and its enum); a reference, which
     * cannot carry a type, becomes "that or null".
     */
    static Schema nullable(Schema schema) {
        if (schema.get$ref() != null || schema.getTypes() == null && schema.getType() == null) {
            Schema wrapper = new JsonSchema();
            wrapper.setDescription(schema.getDescription());
            schema.setDescription(null);
            wrapper.setOneOf(List.of(schema, of("null")));
            return wrapper;
        }
        LinkedHashSet<String> types = schema.getTypes() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(schema.getTypes());
        if (schema.getType() != null) {
            types.add(schema.getType());
            schema.setType(null);
        }
        types.add("null");
        schema.setTypes(types);
        if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
            schema.getEnum().add(null);
        }
        return schema;
    }
}
