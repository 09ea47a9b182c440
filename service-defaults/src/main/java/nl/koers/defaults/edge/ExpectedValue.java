package nl.koers.defaults.edge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a value of a Java type looks like on the wire, in words for a client developer: "a UUID such as ...",
 * "a whole number", "one of ONLINE, ON_SITE". A refusal that says what was expected can be acted on; one that
 * says "wrong type" cannot.
 */
public final class ExpectedValue {

    private ExpectedValue() {
    }

    public static String of(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == UUID.class) {
            return "a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-09-01";
        }
        if (type == LocalTime.class) {
            return "a time such as 09:30";
        }
        if (type == LocalDateTime.class) {
            return "a date and time such as 2026-09-01T09:30:00";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a date and time with offset such as 2026-09-01T09:30:00Z";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "a value of type " + type.getSimpleName();
    }
}
