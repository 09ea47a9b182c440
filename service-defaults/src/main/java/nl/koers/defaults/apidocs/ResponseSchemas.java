package nl.koers.defaults.apidocs;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The schemas of what operations answer, made exact: a view record's every component is {@code required} (a
 * serialised record always has them all), and one that may be {@code null} says so the OpenAPI 3.1 way
 * ({@link Nullability}). A component Jackson leaves out when null ({@code @JsonInclude(NON_NULL)} on it or its
 * record) is optional instead, and one left out when empty or default is neither. Request schemas are left
 * alone: there, what is required is what Bean Validation requires.
 */
final class ResponseSchemas {

    private final Map<String, Class<?>> records = new LinkedHashMap<>();

    /** Every record reachable from the handlers' return types, under the schema name springdoc gives it. */
    static ResponseSchemas of(Collection<HandlerMethod> handlers) {
        ResponseSchemas schemas = new ResponseSchemas();
        handlers.forEach(handler -> schemas.walk(ResolvableType.forMethodReturnType(handler.getMethod(),
                handler.getBeanType())));
        return schemas;
    }

    /** The schema names found, for tests and for the curious. */
    Map<String, Class<?>> records() {
        return records;
    }

    void apply(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        records.forEach((name, type) -> {
            Schema<?> schema = openApi.getComponents().getSchemas().get(name);
            if (schema != null && schema.getProperties() != null) {
                exact(schema, type);
            }
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void exact(Schema schema, Class<?> record) {
        Map<String, Schema> properties = schema.getProperties();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = jsonName(component);
            Schema property = properties.get(name);
            if (property == null) {
                continue;
            }
            JsonInclude.Include inclusion = inclusion(component);
            if (inclusion == JsonInclude.Include.NON_EMPTY || inclusion == JsonInclude.Include.NON_DEFAULT
                    || inclusion == JsonInclude.Include.CUSTOM) {
                continue; // left out when empty or default: never required, and never null either
            }
            if (Nullability.mayBeNull(component)) {
                boolean omitted = inclusion == JsonInclude.Include.NON_NULL
                        || inclusion == JsonInclude.Include.NON_ABSENT;
                if (!omitted) {
                    properties.put(name, Schemas.nullable(property));
                }
            } else {
                required.add(name);
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
    }

    /** Whether Jackson writes a null or empty component at all: {@code @JsonInclude} on it or on its record. */
    private static JsonInclude.Include inclusion(RecordComponent component) {
        JsonInclude include = component.getAnnotation(JsonInclude.class);
        if (include == null) {
            include = field(component).map(f -> f.getAnnotation(JsonInclude.class)).orElse(null);
        }
        if (include == null) {
            include = component.getDeclaringRecord().getAnnotation(JsonInclude.class);
        }
        return include == null ? JsonInclude.Include.ALWAYS : include.value();
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAnnotation(JsonProperty.class);
        if (renamed == null) {
            renamed = field(component).map(f -> f.getAnnotation(JsonProperty.class)).orElse(null);
        }
        return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
    }

    private static Optional<java.lang.reflect.Field> field(RecordComponent component) {
        return Optional.ofNullable(ReflectionUtils.findField(component.getDeclaringRecord(), component.getName()));
    }

    private void walk(ResolvableType type) {
        Class<?> raw = type.resolve();
        if (raw == null || raw.isPrimitive() || raw.getName().startsWith("java.")
                && !Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)
                && raw != Optional.class) {
            return;
        }
        if (HttpEntity.class.isAssignableFrom(raw) || raw == Optional.class) {
            walk(type.as(HttpEntity.class.isAssignableFrom(raw) ? HttpEntity.class : Optional.class).getGeneric(0));
        } else if (type.isArray()) {
            walk(type.getComponentType());
        } else if (Collection.class.isAssignableFrom(raw)) {
            walk(type.asCollection().getGeneric(0));
        } else if (Map.class.isAssignableFrom(raw)) {
            walk(type.asMap().getGeneric(1));
        } else if (raw.isRecord()) {
            String name = TypeNameResolver.std.nameForType(javaType(type));
            if (records.putIfAbsent(name, raw) != null) {
                return;
            }
            for (RecordComponent component : raw.getRecordComponents()) {
                field(component).ifPresent(f -> walk(ResolvableType.forField(f, type)));
            }
        }
    }

    /** The Jackson type swagger-core names schemas by, with the generics resolved (so PageView of X is "PageViewX"). */
    private static JavaType javaType(ResolvableType type) {
        Class<?> raw = type.toClass();
        ResolvableType[] generics = type.getGenerics();
        if (generics.length == 0 || Arrays.stream(generics).anyMatch(g -> g.resolve() == null)) {
            return Json.mapper().constructType(raw);
        }
        JavaType[] parameters = Arrays.stream(generics).map(ResponseSchemas::javaType).toArray(JavaType[]::new);
        return Json.mapper().getTypeFactory().constructParametricType(raw, parameters);
    }
}
