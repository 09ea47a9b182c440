package nl.koers.defaults.apidocs;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.koers.events.DomainEvent;

/**
 * Which component of an event record is its Kafka key ({@link DomainEvent#subject()}), found out rather than
 * listed: a sample of the record, each component a value of its own, is asked for its subject. Empty when the
 * subject is not one component as it is (or the record cannot be sampled); the document then says less.
 */
final class EventKeys {

    private EventKeys() {
    }

    static Optional<String> keyComponent(Class<? extends DomainEvent> record) {
        try {
            AtomicInteger counter = new AtomicInteger();
            RecordComponent[] components = record.getRecordComponents();
            Object[] values = Arrays.stream(components).map(c -> sample(c.getType(), counter)).toArray();
            Constructor<?> constructor = record.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            String subject = ((DomainEvent) constructor.newInstance(values)).subject();
            for (int i = 0; i < components.length; i++) {
                if (values[i] != null && String.valueOf(values[i]).equals(subject)) {
                    return Optional.of(components[i].getName());
                }
            }
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A value of {@code type}, different from every other one drawn with the same counter. */
    static Object sample(Class<?> type, AtomicInteger counter) {
        int n = counter.incrementAndGet();
        if (type == String.class) {
            return "sample-" + n;
        }
        if (type == UUID.class) {
            return new UUID(0, n);
        }
        if (type == long.class || type == Long.class) {
            return (long) n;
        }
        if (type == int.class || type == Integer.class) {
            return n;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == Instant.class) {
            return Instant.EPOCH.plusSeconds(n);
        }
        if (type == LocalDate.class) {
            return LocalDate.EPOCH.plusDays(n);
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            try {
                RecordComponent[] components = type.getRecordComponents();
                return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                                .toArray(Class<?>[]::new))
                        .newInstance(Arrays.stream(components).map(c -> sample(c.getType(), counter)).toArray());
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
        return null;
    }
}
