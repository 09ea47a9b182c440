package nl.koers.defaults.apidocs;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.util.ReflectionUtils;

/**
 * Whether a record component may be {@code null} in what is written: annotated {@code @Nullable} (JSpecify's, a
 * type-use annotation, or any other of that name on the component or its field), or {@code @Schema(nullable =
 * true)}. Everything else a serialised record always carries, so the contracts list it as required.
 */
final class Nullability {

    private Nullability() {
    }

    static boolean mayBeNull(RecordComponent component) {
        Field field = ReflectionUtils.findField(component.getDeclaringRecord(), component.getName());
        Schema documented = component.getAnnotation(Schema.class);
        return documented != null && documented.nullable()
                || namedNullable(component) || namedNullable(component.getAnnotatedType())
                || field != null && (namedNullable(field) || namedNullable(field.getAnnotatedType()));
    }

    private static boolean namedNullable(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
    }
}
