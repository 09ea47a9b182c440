package nl.koers.defaults.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.koers.events.CloudEventHeaders;
import nl.koers.events.DomainEvent;
import nl.koers.events.EventCatalog;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;

/**
 * Reads a CloudEvents (binary mode) Kafka record into its event record. A type this reader does not know is
 * skipped (contracts grow), and so is a tombstone (a record without a value); a record that cannot be read at all
 * is poison.
 */
public final class IncomingEvents {

    private IncomingEvents() {
    }

    public static Optional<DomainEvent> read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            // A tombstone on a compacted topic: the key's data was erased, which its ErasureRequested fact tells.
            return Optional.empty();
        }
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (type == null) {
            throw new PoisonMessageException("Record " + where(record) + " has no ce_type header", null);
        }
        String cloudEventType = new String(type.value(), StandardCharsets.UTF_8);
        Optional<EventCatalog.Entry> entry = EventCatalog.ofType(cloudEventType);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(EventJson.read(record.value(), entry.get().recordType()));
        } catch (JacksonException e) {
            throw new PoisonMessageException("Record " + where(record) + " is not a readable " + cloudEventType, e);
        }
    }

    /**
     * Reads a record of one topic as its event family, so that a consumer can switch over the family without a
     * default branch: a new fact on the topic then breaks the consumer's build until it is handled or skipped.
     * A known type of another family on this topic is poison (it was published to the wrong topic).
     */
    public static <F extends DomainEvent> Optional<F> read(ConsumerRecord<String, byte[]> record, Class<F> family) {
        return read(record).map(event -> {
            if (!family.isInstance(event)) {
                throw new PoisonMessageException("Record " + where(record) + " is a " + event.getClass().getSimpleName()
                        + ", not a " + family.getSimpleName(), null);
            }
            return family.cast(event);
        });
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
