package nl.koers.defaults.outbox;

import java.util.List;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.events.DomainEvent;
import nl.koers.events.EventCatalog;
import nl.koers.events.Topics;
import org.bson.Document;

/**
 * The pending events embedded in an aggregate's document. A repository pushes them in the same single-document
 * update as the state change they come from, which is what makes the outbox work without transactions: the
 * write and its events succeed or fail together.
 */
public final class Outbox {

    /** The array field of pending events in every aggregate document that publishes. */
    public static final String FIELD = "outbox";

    private Outbox() {
    }

    public static List<Document> entries(List<? extends DomainEvent> events) {
        return events.stream().map(Outbox::entry).toList();
    }

    /**
     * A tombstone for {@code key} on a compacted topic (and on its dead-letter topic, which takes the same keys):
     * once sent, compaction removes every older record of that key. Pushed like an event, in the same update as
     * the erasure it belongs to, so it is sent even when Kafka is down at that moment.
     */
    public static List<Document> tombstones(String topic, String key) {
        return List.of(tombstone(topic, key), tombstone(topic + Topics.DEAD_LETTER_SUFFIX, key));
    }

    private static Document tombstone(String topic, String key) {
        return new Document("eventId", "tombstone:" + topic + ":" + key).append("topic", topic).append("key", key);
    }

    private static Document entry(DomainEvent event) {
        EventCatalog.Entry catalog = EventCatalog.of(event);
        return new Document("eventId", event.eventId().toString())
                .append("type", catalog.cloudEventType())
                .append("topic", catalog.topic())
                .append("key", event.subject())
                .append("time", event.occurredAt().toString())
                .append("payload", EventJson.writeString(event));
    }
}
