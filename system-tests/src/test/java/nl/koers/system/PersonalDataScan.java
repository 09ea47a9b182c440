package nl.koers.system;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;

/**
 * Looks for a person's markers (name, e-mail address, sentences they wrote) where a new reader of Koers' data
 * would find them: every document of every collection of every database on the stack's MongoDB-protocol server,
 * and every record (key, value, headers) of every topic on its Kafka broker, read from the beginning by a fresh
 * consumer without a group. Nothing is skipped by name, so a new service, collection or topic is scanned too.
 */
final class PersonalDataScan {

    /** Where a marker was found: {@code mongo koers-enrolment.participants {_id: ...}}, {@code kafka topic-0@12}. */
    record Found(String where, String marker, String excerpt, String note) {

        Found(String where, String marker, String excerpt) {
            this(where, marker, excerpt, "");
        }

        @Override
        public String toString() {
            return "'" + marker + "' in " + where + ": " + excerpt + (note.isEmpty() ? "" : " (" + note + ")");
        }
    }

    private static final Set<String> SYSTEM_DATABASES = Set.of("admin", "local", "config");

    private final LocalStack stack;

    PersonalDataScan(LocalStack stack) {
        this.stack = stack;
    }

    List<Found> databases(Collection<String> markers) {
        List<Found> found = new ArrayList<>();
        try (MongoClient client = MongoClients.create(stack.mongoUri())) {
            for (String name : client.listDatabaseNames()) {
                if (SYSTEM_DATABASES.contains(name)) {
                    continue;
                }
                MongoDatabase database = client.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        String json = document.toJson();
                        search(json, markers, "mongo " + name + "." + collection + " {_id: " + document.get("_id") + "}",
                                found);
                    }
                }
            }
        }
        return found;
    }

    /** How many documents each database holds, to show the scan read something. */
    Map<String, Long> databaseSizes() {
        Map<String, Long> sizes = new java.util.TreeMap<>();
        try (MongoClient client = MongoClients.create(stack.mongoUri())) {
            for (String name : client.listDatabaseNames()) {
                MongoDatabase database = client.getDatabase(name);
                long documents = 0;
                for (String collection : database.listCollectionNames()) {
                    documents += database.getCollection(collection).countDocuments();
                }
                sizes.put(name, documents);
            }
        }
        return sizes;
    }

    List<Found> topics(Collection<String> markers) {
        List<Found> found = new ArrayList<>();
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Map.Entry<String, List<PartitionInfo>> topic : consumer.listTopics(Duration.ofSeconds(20)).entrySet()) {
                topic.getValue().forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(20));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Map<String, Long> tombstones = new java.util.HashMap<>();
            Map<String, String> keysFound = new java.util.HashMap<>();
            while (!readToTheEnd(consumer, ends) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String partitionKey = record.topic() + "-" + record.partition() + "/" + string(record.key());
                    if (record.value() == null) {
                        tombstones.put(partitionKey, record.offset());
                    }
                    int before = found.size();
                    StringBuilder text = new StringBuilder();
                    text.append(string(record.key())).append(' ').append(string(record.value()));
                    for (Header header : record.headers()) {
                        text.append(' ').append(header.key()).append('=').append(string(header.value()));
                    }
                    search(text.toString(), markers, "kafka " + record.topic() + "-" + record.partition() + "@"
                            + record.offset(), found);
                    for (int i = before; i < found.size(); i++) {
                        keysFound.put(found.get(i).where(), partitionKey);
                    }
                }
            }
            // Why a record is still there, for the report: a later tombstone means compaction has not run yet.
            for (int i = 0; i < found.size(); i++) {
                Found f = found.get(i);
                Long tombstone = tombstones.get(keysFound.get(f.where()));
                String topic = f.where().substring("kafka ".length(), f.where().lastIndexOf('-'));
                found.set(i, new Found(f.where(), f.marker(), f.excerpt(), (tombstone == null ? "no tombstone for its key"
                        : "tombstone for its key at offset " + tombstone) + "; partition ends at offset "
                        + ends.get(new TopicPartition(topic, Integer.parseInt(f.where().substring(f.where().lastIndexOf('-')
                        + 1, f.where().indexOf('@'))))) + "; topic config " + configOf(topic)));
            }
            if (!readToTheEnd(consumer, ends)) {
                throw new IllegalStateException("The topic scan did not reach the end of every partition in 60 s");
            }
        }
        return found;
    }

    /** The topic's settings that decide when compaction removes a record. */
    private String configOf(String topic) {
        Properties properties = new Properties();
        properties.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(properties)) {
            org.apache.kafka.common.config.ConfigResource resource = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic);
            org.apache.kafka.clients.admin.Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            StringBuilder out = new StringBuilder();
            for (String name : List.of("cleanup.policy", "segment.ms", "segment.bytes", "min.cleanable.dirty.ratio",
                    "max.compaction.lag.ms", "min.compaction.lag.ms", "delete.retention.ms")) {
                org.apache.kafka.clients.admin.ConfigEntry entry = config.get(name);
                out.append(name).append('=').append(entry == null ? "?" : entry.value()).append(' ');
            }
            return out.toString().strip();
        } catch (Exception e) {
            return "(not readable: " + e + ")";
        }
    }

    private static boolean readToTheEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static String string(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Case-insensitive. The tests' markers are plain ASCII, so no JSON escape can hide one. */
    private static void search(String text, Collection<String> markers, String where, List<Found> found) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String marker : markers) {
            int at = lower.indexOf(marker.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                found.add(new Found(where, marker, text.substring(Math.max(0, at - 60),
                        Math.min(text.length(), at + marker.length() + 60))));
            }
        }
    }
}
