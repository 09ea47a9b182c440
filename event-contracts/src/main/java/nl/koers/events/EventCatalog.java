package nl.koers.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every published event type with its CloudEvents type and topic. Producers look up where a record goes,
 * consumers which record a {@code ce_type} header names; a type missing here is one a consumer ignores.
 */
public final class EventCatalog {

    /** One published fact: its record, its versioned CloudEvents type and the topic it goes to. */
    public record Entry(Class<? extends DomainEvent> recordType, String cloudEventType, String topic) {
    }

    private static final List<Entry> ENTRIES = java.util.stream.Stream.of(
                    TrajectoryEventTypes.ENTRIES, EnrolmentEventTypes.ENTRIES, ReflectionEventTypes.ENTRIES)
            .flatMap(List::stream).toList();

    private static final Map<Class<?>, Entry> BY_RECORD =
            ENTRIES.stream().collect(Collectors.toUnmodifiableMap(Entry::recordType, Function.identity()));
    private static final Map<String, Entry> BY_TYPE =
            ENTRIES.stream().collect(Collectors.toUnmodifiableMap(Entry::cloudEventType, Function.identity()));

    private EventCatalog() {
    }

    public static Entry of(DomainEvent event) {
        Entry entry = BY_RECORD.get(event.getClass());
        if (entry == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not in the event catalog");
        }
        return entry;
    }

    public static Optional<Entry> ofType(String cloudEventType) {
        return Optional.ofNullable(BY_TYPE.get(cloudEventType));
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }
}
