package nl.koers.defaults.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import nl.koers.events.CloudEventHeaders;
import nl.koers.events.DomainEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in aggregate documents and then removes them from the document. It is told
 * about a write right after it happens, and as a fallback it sweeps for documents with pending events, which
 * catches what failed while Kafka was down or the service stopped. One thread does all sending, so the events
 * of one aggregate leave in the order they were written. Delivery is at least once: a crash between sending
 * and removing sends again, and consumers are idempotent.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int SWEEP_BATCH = 100;
    private static final long SEND_TIMEOUT_SECONDS = 15;
    /** Where {@link #publishAlone} keeps its events until they are sent; its documents exist only for that. */
    static final String STANDALONE = "outbox_standalone";

    private record Written(String collection, Object id) {
    }

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxProperties properties;
    private final LinkedBlockingQueue<Written> written = new LinkedBlockingQueue<>();
    /** The collections repositories opened through {@link #watch}: the ones swept. */
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private volatile Thread worker;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, OutboxProperties properties) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        watched.add(STANDALONE);
    }

    /**
     * The collection of an aggregate whose documents carry an outbox: a repository opens its collection here, so
     * the sweep covers every collection that can hold pending events without a list kept beside the code.
     */
    public MongoCollection<Document> watch(String collection) {
        watched.add(collection);
        return collection(collection);
    }

    /**
     * Publishes events that belong to no aggregate's write, such as the audit entry of a read (an export): they are
     * stored first in a document of their own, then sent like any outbox, and that document is removed once they
     * are out. So they are sent at least once even when Kafka is down now.
     */
    public void publishAlone(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        String id = UUID.randomUUID().toString();
        collection(STANDALONE).insertOne(new Document("_id", id).append(Outbox.FIELD, Outbox.entries(events)));
        publishSoon(STANDALONE, id);
    }

    /** Asks for the pending events of one document to be sent now; returns at once. */
    public void publishSoon(String collection, Object id) {
        if (!watched.contains(collection)) {
            throw new IllegalStateException("Collection " + collection + " was not opened through watch(), so a"
                    + " failed send would never be swept");
        }
        written.offer(new Written(collection, id));
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Written next = written.poll(properties.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
                if (next == null) {
                    sweep();
                } else {
                    Document document = collection(next.collection()).find(Filters.eq("_id", next.id()))
                            .projection(Projections.include(Outbox.FIELD)).first();
                    if (document != null) {
                        publish(next.collection(), document);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // Kafka or MongoDB unavailable: the events stay in their documents for the next sweep.
                log.warn("Outbox relay could not publish yet: {}", e.getMessage());
                pause();
            }
        }
    }

    private void sweep() {
        for (String name : watched) {
            for (Document document : collection(name).find(Filters.exists(Outbox.FIELD + ".0"))
                    .projection(Projections.include(Outbox.FIELD)).limit(SWEEP_BATCH)) {
                publish(name, document);
            }
        }
    }

    private void publish(String collectionName, Document document) {
        List<Document> pending = document.getList(Outbox.FIELD, Document.class, List.of());
        if (pending.isEmpty()) {
            return;
        }
        List<String> sent = new ArrayList<>();
        try {
            for (Document event : pending) {
                kafka.send(record(event)).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                sent.add(event.getString("eventId"));
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("Outbox relay: Kafka did not take an event of {} {} yet: {}", collectionName,
                    document.get("_id"), e.getMessage());
        } finally {
            if (sent.size() == pending.size() && collectionName.equals(STANDALONE)) {
                collection(collectionName).deleteOne(Filters.eq("_id", document.get("_id")));
            } else if (!sent.isEmpty()) {
                collection(collectionName).updateOne(Filters.eq("_id", document.get("_id")),
                        Updates.pull(Outbox.FIELD, Filters.in("eventId", sent)));
            }
        }
    }

    private ProducerRecord<String, byte[]> record(Document event) {
        if (event.getString("payload") == null) {
            return new ProducerRecord<>(event.getString("topic"), event.getString("key"), null);
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.getString("topic"), event.getString("key"),
                event.getString("payload").getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.ID, event.getString("eventId"));
        header(record, CloudEventHeaders.SOURCE, properties.source());
        header(record, CloudEventHeaders.TYPE, event.getString("type"));
        header(record, CloudEventHeaders.SUBJECT, event.getString("key"));
        header(record, CloudEventHeaders.TIME, event.getString("time"));
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }

    private void pause() {
        try {
            Thread.sleep(properties.sweepInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
