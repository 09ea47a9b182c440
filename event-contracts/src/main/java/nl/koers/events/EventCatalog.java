package nl.koers.events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
     * @param cloudEventType versioned CloudEvents type, {@code nl.koers.<producer>.<Record>.v<N>} ({@link EventVersion})
     * @param topic          the Kafka topic it is published to, keyed by {@link DomainEvent#subject()}
     * @param producer       the {@code spring.application.name} of the service that publishes it
     */
    public record Entry(Class<? extends DomainEvent> recordType, Class<? extends DomainEvent> family,
                        String cloudEventType, String topic, String producer) {
    }

    private static final List<Entry> ENTRIES = Arrays.stream(DomainEvent.class.getPermittedSubclasses())
            .flatMap(family -> {
                Topic topic = family.getAnnotation(Topic.class);
                if (topic == null) {
                    throw new IllegalStateException(family.getName() + " has no @Topic");
                }
                return Arrays.stream(family.getPermittedSubclasses()).map(record -> new Entry(
                        record.asSubclass(DomainEvent.class), family.asSubclass(DomainEvent.class),
                        typeName(topic, record, version(record)), topic.name(), topic.producer()));
            })
            .toList();

    private static final Map<Class<?>, Entry> BY_RECORD =
            ENTRIES.stream().collect(Collectors.toUnmodifiableMap(Entry::recordType, Function.identity()));
    /** Every version's type, so the records a topic kept from before a record's newest version still read. */
    private static final Map<String, Entry> BY_TYPE = ENTRIES.stream()
            .flatMap(entry -> IntStream.rangeClosed(1, version(entry.recordType()))
                    .mapToObj(v -> Map.entry(typeName(entry.recordType(), v), entry)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private EventCatalog() {
    }

    private static int version(Class<?> record) {
        EventVersion version = record.getAnnotation(EventVersion.class);
        return version == null ? 1 : version.value();
    }

    private static String typeName(Topic topic, Class<?> record, int version) {
        return "nl.koers." + topic.producer().replaceFirst("-service$", "") + "." + record.getSimpleName() + ".v"
                + version;
    }

    private static String typeName(Class<? extends DomainEvent> record, int version) {
        Class<?> family = Arrays.stream(record.getInterfaces()).filter(i -> i.isAnnotationPresent(Topic.class))
                .findFirst().orElseThrow();
        return typeName(family.getAnnotation(Topic.class), record, version);
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

    /** Whether {@code topic}, or the topic whose dead letters it takes, is compacted ({@link Topic#compacted()}). */
    public static boolean compacted(String topic) {
        String source = topic.endsWith(Topics.DEAD_LETTER_SUFFIX)
                ? topic.substring(0, topic.length() - Topics.DEAD_LETTER_SUFFIX.length()) : topic;
        return ENTRIES.stream().anyMatch(e -> e.topic().equals(source) && e.family().getAnnotation(Topic.class).compacted());
    }

    /** The topics {@code producer} (a {@code spring.application.name}) publishes to, in catalogue order. */
    public static List<String> topicsPublishedBy(String producer) {
        return ENTRIES.stream().filter(e -> e.producer().equals(producer)).map(Entry::topic).distinct().toList();
    }
}
