package nl.koers.defaults.apidocs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.koers.defaults.messaging.ServiceTopics;
import nl.koers.events.CloudEventHeaders;
import nl.koers.events.EventCatalog;
import nl.koers.events.Topics;

/**
 * The AsyncAPI 3.0 document of one service's Kafka contract, generated from what the code already says: the
 * {@link EventCatalog} (which records go to which topic, under which CloudEvents type) and {@link ServiceTopics}
 * (what this service publishes, what its listeners consume, and their dead-letter topics). A channel per topic,
 * a {@code send} or {@code receive} operation per direction, a message per event record with its CloudEvents
 * headers, key and payload schema ({@link EventSchemas}).
 */
final class AsyncApiDocument {

    static final String VERSION = "3.0.0";
    private static final String KAFKA_BINDING = "0.5.0";
    private static final String SERVER = "kafka";

    private final ContractInfo info;
    private final List<String> bootstrapServers;
    private final int partitions;
    private final EventSchemas schemas = new EventSchemas();
    private final Map<String, Object> messages = new TreeMap<>();
    private final Map<String, Object> channels = new LinkedHashMap<>();
    private final Map<String, Object> operations = new LinkedHashMap<>();

    private AsyncApiDocument(ContractInfo info, List<String> bootstrapServers, int partitions) {
        this.info = info;
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
    }

    static Map<String, Object> of(ContractInfo info, ServiceTopics topics, List<String> bootstrapServers,
                                  int partitions) {
        AsyncApiDocument document = new AsyncApiDocument(info, bootstrapServers, partitions);
        topics.published().forEach(topic -> document.operation("send", topic, document.channel(topic, false)));
        topics.consumed().forEach(topic -> {
            String channel = document.channels.containsKey(channelId(topic)) ? channelId(topic)
                    : document.channel(topic, false);
            document.operation("receive", topic, channel);
            document.operation("send", topic + Topics.DEAD_LETTER_SUFFIX, document.channel(topic, true));
        });
        return document.toMap();
    }

    private Map<String, Object> toMap() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asyncapi", VERSION);
        document.put("id", "urn:koers:" + info.application());
        document.put("info", info());
        document.put("defaultContentType", CloudEventHeaders.JSON);
        document.put("servers", JsonObject.of(SERVER, server()));
        document.put("channels", channels);
        document.put("operations", operations);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas.schemas());
        components.put("messages", messages);
        document.put("components", components);
        return document;
    }

    private Map<String, Object> info() {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("title", info.application() + " events");
        block.put("version", info.version());
        block.put("description", "The Kafka events " + info.application() + " publishes and consumes. Every record"
                + " is a CloudEvents 1.0 event in the Kafka protocol binding's binary mode: the event's attributes"
                + " travel as `ce_*` headers, its data as the JSON record value, and the record key is the"
                + " CloudEvents subject, so the facts about one subject arrive in order. Consumers read tolerantly:"
                + " they ignore fields they do not know and skip `ce_type`s they do not know, so a contract grows"
                + " by adding; a breaking change is a new record with a new type (`.v2`) beside the old one.");
        block.put("contact", JsonObject.of("name", info.contact().name(), "url", info.contact().url(),
                "email", info.contact().email()));
        block.put("license", JsonObject.of("name", ContractInfo.LICENCE_NAME, "url", ContractInfo.LICENCE_URL));
        return block;
    }

    private Map<String, Object> server() {
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("host", bootstrapServers.getFirst().replaceFirst("^[A-Za-z_]+://", ""));
        server.put("protocol", "kafka");
        server.put("description", "The Kafka cluster this instance of " + info.application() + " uses (its"
                + " `spring.kafka.bootstrap-servers`: " + String.join(", ", bootstrapServers) + "). In production"
                + " the hosts differ: ask the operators for the cluster's address and credentials.");
        return server;
    }

    /** Adds the channel of {@code topic} (or of its dead-letter topic) with its messages; answers its id. */
    private String channel(String topic, boolean deadLetter) {
        List<EventCatalog.Entry> entries = EventCatalog.entries().stream().filter(e -> e.topic().equals(topic))
                .toList();
        String address = deadLetter ? topic + Topics.DEAD_LETTER_SUFFIX : topic;
        String id = channelId(address);
        Map<String, Object> channelMessages = new LinkedHashMap<>();
        entries.forEach(entry -> channelMessages.put(message(entry),
                JsonObject.of("$ref", "#/components/messages/" + entry.recordType().getSimpleName())));
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("address", address);
        channel.put("title", address);
        channel.put("description", deadLetter ? deadLetterDescription(topic) : topicDescription(topic, entries));
        channel.put("messages", channelMessages);
        channel.put("bindings", JsonObject.of("kafka", JsonObject.of("topic", address, "partitions", partitions,
                "bindingVersion", KAFKA_BINDING)));
        channels.put(id, channel);
        return id;
    }

    private static String topicDescription(String topic, List<EventCatalog.Entry> entries) {
        if (entries.isEmpty()) {
            return "Records of " + topic + "; no event of the Koers event catalogue is published to it.";
        }
        EventCatalog.Entry first = entries.getFirst();
        return "The " + words(first.family().getSimpleName()).toLowerCase(Locale.ROOT).replaceFirst(" event$", "")
                + " facts "
                + first.producer() + " publishes (" + String.join(", ", entries.stream()
                .map(e -> e.recordType().getSimpleName()).toList()) + "), keyed by their subject. Each record's"
                + " `ce_type` header says which one it is.";
    }

    private String deadLetterDescription(String topic) {
        return "Records of " + topic + " that " + info.application() + " could not process: read but not"
                + " understood, or failing after its retries (a database outage is retried, not dead-lettered)."
                + " Each lands here unchanged, with Spring Kafka's `kafka_dlt-*` headers saying where it came from"
                + " and why, so the records behind it keep flowing. Nothing reads it automatically: an operator"
                + " looks into each one.";
    }

    private void operation(String action, String topic, String channelId) {
        boolean deadLetter = topic.endsWith(Topics.DEAD_LETTER_SUFFIX);
        @SuppressWarnings("unchecked")
        Map<String, Object> channel = (Map<String, Object>) channels.get(channelId);
        @SuppressWarnings("unchecked")
        Map<String, Object> channelMessages = (Map<String, Object>) channel.get("messages");
        List<Map<String, Object>> references = new ArrayList<>();
        channelMessages.keySet().forEach(name -> references.add(
                JsonObject.of("$ref", "#/channels/" + channelId + "/messages/" + name)));
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("action", action);
        operation.put("channel", JsonObject.of("$ref", "#/channels/" + channelId));
        operation.put("title", (action.equals("send") ? "Publish to " : "Consume ") + channel.get("address"));
        operation.put("summary", summary(action, topic, deadLetter));
        operation.put("description", description(action, topic, deadLetter));
        operation.put("messages", references);
        operations.put(action + capitalised(channelId), operation);
    }

    private String summary(String action, String topic, boolean deadLetter) {
        if (deadLetter) {
            return info.application() + " sets aside the records of "
                    + topic.substring(0, topic.length() - Topics.DEAD_LETTER_SUFFIX.length()) + " it cannot process";
        }
        return action.equals("send") ? info.application() + " publishes its facts to " + topic
                : info.application() + " consumes the facts on " + topic;
    }

    private String description(String action, String topic, boolean deadLetter) {
        if (deadLetter) {
            return "After retrying with back-off, " + info.application() + " moves a record it cannot process to"
                    + " this topic, unchanged, and logs it.";
        }
        if (action.equals("send")) {
            return info.application() + " writes each fact to its outbox in the same update as the change it"
                    + " records, and relays it from there: a fact is sent at least once (consumers deduplicate on"
                    + " `ce_id`) and in order per key.";
        }
        return info.application() + " reads these facts as a tolerant reader and idempotently (redeliveries and"
                + " older versions change nothing); a record it cannot process goes to " + topic
                + Topics.DEAD_LETTER_SUFFIX + ".";
    }

    /** Defines the message of a catalogue entry once; answers its name. */
    private String message(EventCatalog.Entry entry) {
        String name = entry.recordType().getSimpleName();
        if (messages.containsKey(name)) {
            return name;
        }
        String key = EventKeys.keyComponent(entry.recordType()).map(c -> "the event's `" + c + "`")
                .orElse("the event's subject");
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("name", name);
        message.put("title", words(name));
        message.put("summary", words(name) + ": published by " + entry.producer() + " to " + entry.topic()
                + " as CloudEvents type " + entry.cloudEventType() + ", keyed by " + key + ".");
        message.put("contentType", CloudEventHeaders.JSON);
        message.put("headers", headers(entry, key));
        message.put("payload", schemas.reference(entry.recordType()));
        message.put("bindings", JsonObject.of("kafka", JsonObject.of(
                "key", JsonObject.of("type", "string", "description", "The record key: " + key + " (also `ce_subject`)."
                        + " Kafka keeps one key's records in order on one partition."),
                "bindingVersion", KAFKA_BINDING)));
        messages.put(name, message);
        return name;
    }

    /** The CloudEvents binary-mode Kafka headers the outbox relay writes on every record. */
    private static Map<String, Object> headers(EventCatalog.Entry entry, String key) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(CloudEventHeaders.SPEC_VERSION, JsonObject.of("type", "string",
                "const", CloudEventHeaders.SPEC_VERSION_1_0, "description", "The CloudEvents version."));
        properties.put(CloudEventHeaders.ID, JsonObject.of("type", "string", "format", "uuid",
                "description", "The event's `eventId`, unique per fact: consumers deduplicate redeliveries on it."));
        properties.put(CloudEventHeaders.SOURCE, JsonObject.of("type", "string", "format", "uri-reference",
                "description", "The publishing service's `koers.outbox.source`, such as /koers/" + entry.producer()
                        + "."));
        properties.put(CloudEventHeaders.TYPE, JsonObject.of("type", "string", "const", entry.cloudEventType(),
                "description", "Which event this is, versioned: what a consumer switches on."));
        properties.put(CloudEventHeaders.SUBJECT, JsonObject.of("type", "string",
                "description", "What the fact is about: " + key + ", the same as the record key."));
        properties.put(CloudEventHeaders.TIME, JsonObject.of("type", "string", "format", "date-time",
                "description", "When it happened: the event's `occurredAt`."));
        properties.put(CloudEventHeaders.CONTENT_TYPE, JsonObject.of("type", "string", "const", CloudEventHeaders.JSON,
                "description", "The media type of the record value."));
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("type", "object");
        headers.put("required", List.copyOf(properties.keySet()));
        headers.put("properties", properties);
        return headers;
    }

    /** {@code trajectory.development-questions.DLT} becomes {@code trajectoryDevelopmentQuestionsDlt}. */
    static String channelId(String address) {
        String[] parts = address.split("[.\\-_]");
        StringBuilder id = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            id.append(capitalised(parts[i].toLowerCase(Locale.ROOT)));
        }
        return id.toString();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** {@code DevelopmentQuestionRefined} becomes "Development question refined". */
    private static String words(String camel) {
        String spaced = camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
