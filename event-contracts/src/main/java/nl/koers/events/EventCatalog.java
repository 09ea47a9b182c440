package nl.koers.events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every published event type with its CloudEvents type and topic, read from the sealed hierarchy under
 * {@link DomainEvent}: each topic's family names its topic and producer ({@link Topic}), each record in it is one
 * fact. Producers look up where a record goes, consumers which record a {@code ce_type} header names; a type
 * missing here is one a consumer skips. Nothing is listed by hand, so a new record cannot be forgotten here.
 */
public final class EventCatalog {

    /**
     * One published fact.
     *
     * @param recordType     the Java record
     * @param family         the sealed interface of its topic
     * @param cloudEventType versioned CloudEvents type, {@code nl.koers.<producer>.<Record>.v1}
     * @param topic          the Kafka topic it is published to, keyed by {@link DomainEvent#subject()}
     * @param producer       the {@code spring.application.name} of the service that publishes it
     */
    public record Entry(Class<? extends DomainEvent> recordType, Class<? extends DomainEvent> family,
                        String cloudEventType, String topic, String producer) {
    }

    /** Every record is version 1 so far; a breaking change gets a new record (and type) beside the old one. */
    private static final String VERSION = "v1";

    private static final List<Entry> ENTRIES = Arrays.stream(DomainEvent.class.getPermittedSubclasses())
            .flatMap(family -> {
                Topic topic = family.getAnnotation(Topic.class);
                if (topic == null) {
                    throw new IllegalStateException(family.getName() + " has no @Topic");
                }
                return Arrays.stream(family.getPermittedSubclasses()).map(record -> new Entry(
                        record.asSubclass(DomainEvent.class), family.asSubclass(DomainEvent.class),
                        "nl.koers." + topic.producer().replaceFirst("-service$", "") + "." + record.getSimpleName()
                                + "." + VERSION,
                        topic.name(), topic.producer()));
            })
            .toList();

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

    /** The topics {@code producer} (a {@code spring.application.name}) publishes to, in catalogue order. */
    public static List<String> topicsPublishedBy(String producer) {
        return ENTRIES.stream().filter(e -> e.producer().equals(producer)).map(Entry::topic).distinct().toList();
    }
}
