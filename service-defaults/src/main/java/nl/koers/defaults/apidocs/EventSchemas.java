package nl.koers.defaults.apidocs;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.core.ResolvableType;

/**
 * JSON Schemas (draft-07, the AsyncAPI schema format) of event records, read off the records by reflection as
 * {@code EventJson} writes them: one named schema per record, nested records by {@code $ref}, every component
 * required unless annotated {@code @Nullable}. A component of a type this does not know fails, so a new kind of
 * field cannot slip into the contract undescribed.
 */
final class EventSchemas {

    static final String REFERENCE_PREFIX = "#/components/schemas/";

    private final Map<String, Map<String, Object>> schemas = new TreeMap<>();
    private final Map<String, Class<?>> named = new LinkedHashMap<>();

    /** A reference to the schema of {@code record}, which is defined (with what it nests) on first use. */
    Map<String, Object> reference(Class<?> record) {
        String name = name(record);
        Class<?> earlier = named.putIfAbsent(name, record);
        if (earlier != null && earlier != record) {
            throw new IllegalStateException("Two event records are called " + name + ": " + earlier.getName()
                    + " and " + record.getName());
        }
        if (earlier == null) {
            schemas.put(name, Map.of()); // reserved while its components are read, so a cycle ends here
            schemas.put(name, recordSchema(record));
        }
        return JsonObject.of("$ref", REFERENCE_PREFIX + name);
    }

    /** Every schema defined so far, by name: the document's {@code components.schemas}. */
    Map<String, Map<String, Object>> schemas() {
        return schemas;
    }

    private Map<String, Object> recordSchema(Class<?> record) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Map<String, Object> schema = schemaOf(ResolvableType.forMethodReturnType(component.getAccessor()),
                    record.getName() + "." + component.getName());
            if (Nullability.mayBeNull(component)) {
                schema = nullable(schema);
            } else {
                required.add(component.getName());
            }
            properties.put(component.getName(), schema);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("title", name(record));
        schema.put("required", required);
        schema.put("properties", properties);
        return schema;
    }

    private Map<String, Object> schemaOf(ResolvableType type, String where) {
        Class<?> raw = type.toClass();
        if (raw == String.class) {
            return JsonObject.of("type", "string");
        }
        if (raw == UUID.class) {
            return JsonObject.of("type", "string", "format", "uuid");
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return JsonObject.of("type", "string", "format", "date-time");
        }
        if (raw == LocalDate.class) {
            return JsonObject.of("type", "string", "format", "date");
        }
        if (raw == LocalTime.class) {
            return JsonObject.of("type", "string", "format", "time");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return JsonObject.of("type", "boolean");
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class
                || raw == byte.class || raw == Byte.class) {
            return JsonObject.of("type", "integer", "format", "int32");
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return JsonObject.of("type", "integer", "format", "int64");
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            return JsonObject.of("type", "number");
        }
        if (raw.isEnum()) {
            return JsonObject.of("type", "string", "enum",
                    Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Map<String, Object> array = new LinkedHashMap<>();
            array.put("type", "array");
            array.put("items", schemaOf(type.asCollection().getGeneric(0), where + "[]"));
            if (Set.class.isAssignableFrom(raw)) {
                array.put("uniqueItems", true);
            }
            return array;
        }
        if (Map.class.isAssignableFrom(raw) && type.asMap().getGeneric(0).toClass() == String.class) {
            return JsonObject.of("type", "object", "additionalProperties", schemaOf(type.asMap().getGeneric(1), where + "{}"));
        }
        if (raw.isRecord()) {
            return reference(raw);
        }
        throw new IllegalStateException("No JSON Schema for " + type + " (" + where + "): describe it in "
                + EventSchemas.class.getName());
    }

    /** A record nested in another is named after both: {@code AttendanceRecorded.Mark} is AttendanceRecordedMark. */
    private static String name(Class<?> record) {
        return record.getEnclosingClass() == null ? record.getSimpleName()
                : name(record.getEnclosingClass()) + record.getSimpleName();
    }

    /** "That or null": a reference cannot carry a type beside it, so it is wrapped. */
    private static Map<String, Object> nullable(Map<String, Object> schema) {
        if (schema.get("type") instanceof String type) {
            Map<String, Object> copy = new LinkedHashMap<>(schema);
            copy.put("type", List.of(type, "null"));
            if (copy.get("enum") instanceof List<?> values) {
                List<Object> withNull = new ArrayList<>(values);
                withNull.add(null);
                copy.put("enum", withNull);
            }
            return copy;
        }
        return JsonObject.of("oneOf", List.of(schema, JsonObject.of("type", "null")));
    }
}
