package nl.koers.defaults.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import nl.koers.defaults.apidocs.sample.SampleApplication;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.events.CloudEventHeaders;
import nl.koers.events.DomainEvent;
import nl.koers.events.EventCatalog;
import nl.koers.events.Topics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample service (enrolment-service, with listeners on three topics) as its AsyncAPI document describes it,
 * and every event record's payload schema against what {@link EventJson} really writes.
 */
@SampleServiceTest
class AsyncApiDocumentTest {

    private static final List<String> PUBLISHED = List.of(Topics.ENROLMENT_ENROLMENTS, Topics.ENROLMENT_PARTICIPANTS,
            Topics.ENROLMENT_PRIVACY, Topics.ENROLMENT_INVITATIONS);
    private static final List<String> CONSUMED = List.of(Topics.REFLECTION_REFLECTIONS, Topics.TRAJECTORY_COHORTS,
            Topics.TRAJECTORY_SESSIONS);

    @Autowired
    MockMvc mvc;

    JsonNode document;

    @BeforeEach
    void fetch() {
        document = SampleDocuments.asyncApi(mvc);
    }

    @Test
    void describesTheServicesEventsAndWhereTheyAre() {
        assertThat(document.get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.at("/info/title").asString()).isEqualTo("enrolment-service events");
        assertThat(document.at("/info/version").asString()).isEqualTo(SampleApplication.VERSION);
        assertThat(document.at("/info/description").asString()).contains("CloudEvents", "binary mode");
        assertThat(document.at("/info/contact/name").asString()).isEqualTo("Koers");
        assertThat(document.at("/info/license/name").asString()).isEqualTo("EUPL-1.2");
        assertThat(document.get("defaultContentType").asString()).isEqualTo("application/json");
        assertThat(document.at("/servers/kafka/host").asString()).isEqualTo("kafka-1.koers.test:9092");
        assertThat(document.at("/servers/kafka/protocol").asString()).isEqualTo("kafka");
        assertThat(document.at("/servers/kafka/description").asString()).contains("production");
    }

    @Test
    void hasAChannelPerTopicItPublishesOrConsumesAndPerDeadLetterTopic() {
        Set<String> addresses = new TreeSet<>();
        document.get("channels").values().forEach(channel -> addresses.add(channel.get("address").asString()));
        Set<String> expected = new TreeSet<>(PUBLISHED);
        expected.addAll(CONSUMED);
        CONSUMED.forEach(topic -> expected.add(topic + Topics.DEAD_LETTER_SUFFIX));
        assertThat(addresses).isEqualTo(expected);

        document.get("channels").values().forEach(channel -> {
            String address = channel.get("address").asString();
            String topic = address.replace(Topics.DEAD_LETTER_SUFFIX, "");
            assertThat(channel.get("description").asString()).as(address).isNotBlank();
            assertThat(channel.get("messages").propertyNames()).as(address).containsExactlyElementsOf(
                    EventCatalog.entries().stream().filter(e -> e.topic().equals(topic))
                            .map(e -> e.recordType().getSimpleName()).toList());
        });
        assertThat(document.at("/channels/trajectoryCohortsDlt/description").asString())
                .contains("could not process");
    }

    @Test
    void sendsWhatItPublishesAndReceivesWhatItsListenersConsume() {
        List<String> sent = new ArrayList<>();
        List<String> received = new ArrayList<>();
        document.get("operations").values().forEach(operation -> {
            String channel = operation.at("/channel/$ref").asString();
            JsonNode target = document.at(channel.substring(1));
            String address = target.get("address").asString();
            (operation.get("action").asString().equals("send") ? sent : received).add(address);
            List<String> messages = new ArrayList<>();
            operation.get("messages").values().forEach(m -> messages.add(m.get("$ref").asString()));
            assertThat(messages).as(address).containsExactlyElementsOf(target.get("messages").propertyNames()
                    .stream().map(name -> channel + "/messages/" + name).toList());
            assertThat(operation.get("summary").asString()).isNotBlank();
        });
        List<String> expectedSent = new ArrayList<>(PUBLISHED);
        CONSUMED.forEach(topic -> expectedSent.add(topic + Topics.DEAD_LETTER_SUFFIX));
        assertThat(sent).containsExactlyInAnyOrderElementsOf(expectedSent);
        assertThat(received).containsExactlyInAnyOrderElementsOf(CONSUMED);
    }

    @Test
    void describesEachMessageWithItsCloudEventsHeadersKeyAndPayload() {
        for (EventCatalog.Entry entry : EventCatalog.entries()) {
            if (!PUBLISHED.contains(entry.topic()) && !CONSUMED.contains(entry.topic())) {
                continue;
            }
            String name = entry.recordType().getSimpleName();
            JsonNode message = document.at("/components/messages/" + name);
            assertThat(message.get("contentType").asString()).as(name).isEqualTo("application/json");
            assertThat(message.get("summary").asString()).as(name).contains(entry.cloudEventType(), entry.topic());
            JsonNode headers = message.get("headers");
            assertThat(headers.get("required").values().stream().map(JsonNode::asString).toList()).as(name)
                    .containsExactly(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.SOURCE,
                            CloudEventHeaders.TYPE, CloudEventHeaders.SUBJECT, CloudEventHeaders.TIME,
                            CloudEventHeaders.CONTENT_TYPE);
            assertThat(headers.at("/properties/ce_type/const").asString()).isEqualTo(entry.cloudEventType());
            assertThat(headers.at("/properties/ce_specversion/const").asString()).isEqualTo("1.0");
            assertThat(headers.at("/properties/ce_time/format").asString()).isEqualTo("date-time");
            assertThat(message.at("/bindings/kafka/key/type").asString()).isEqualTo("string");
            assertThat(message.at("/payload/$ref").asString()).isEqualTo("#/components/schemas/" + name);
        }
        assertThat(document.at("/components/messages/CohortPlanned/bindings/kafka/key/description").asString())
                .contains("`cohortId`");
        assertThat(document.at("/components/messages/EnrolmentWithdrawn/bindings/kafka/key/description").asString())
                .contains("`cohortId`");
        assertThat(document.at("/components/messages/ParticipantProfileUpdated/bindings/kafka/key/description")
                .asString()).contains("`participantId`");
    }

    @Test
    void payloadSchemasDescribeWhatEventJsonWritesForEveryEvent() {
        EventSchemas schemas = new EventSchemas();
        EventCatalog.entries().forEach(entry -> schemas.reference(entry.recordType()));
        JsonNode definitions = JsonMapper.shared().valueToTree(schemas.schemas());
        JsonMapper json = JsonMapper.shared();

        for (EventCatalog.Entry entry : EventCatalog.entries()) {
            DomainEvent sample = (DomainEvent) EventKeys.sample(entry.recordType(), new AtomicInteger());
            assertThat(sample).as(entry.recordType().getName()).isNotNull();
            JsonNode written = json.readTree(EventJson.writeString(sample));
            conforms(written, definitions.get(entry.recordType().getSimpleName()), definitions,
                    entry.recordType().getSimpleName());
        }
    }

    @Test
    void listsEveryComponentOfAnEventAsRequired() {
        EventSchemas schemas = new EventSchemas();
        EventCatalog.entries().forEach(entry -> {
            schemas.reference(entry.recordType());
            @SuppressWarnings("unchecked")
            List<String> required = (List<String>) schemas.schemas().get(entry.recordType().getSimpleName())
                    .get("required");
            assertThat(required).containsExactlyElementsOf(Arrays.stream(entry.recordType().getRecordComponents())
                    .map(RecordComponent::getName).toList());
        });
    }

    record Annotated(String always, @org.jspecify.annotations.Nullable String sometimes, List<Integer> counts) {
    }

    @Test
    void letsAComponentAnnotatedNullableBeNullAndOptional() {
        EventSchemas schemas = new EventSchemas();
        schemas.reference(Annotated.class);
        JsonNode schema = JsonMapper.shared().valueToTree(schemas.schemas().get("AsyncApiDocumentTestAnnotated"));

        assertThat(schema.get("required").values().stream().map(JsonNode::asString).toList())
                .containsExactly("always", "counts");
        assertThat(schema.at("/properties/sometimes/type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(schema.at("/properties/counts/items/type").asString()).isEqualTo("integer");
    }

    /** Just enough JSON Schema to hold what EventJson writes against what the document says it writes. */
    private static void conforms(JsonNode value, JsonNode schema, JsonNode definitions, String where) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace(EventSchemas.REFERENCE_PREFIX, "");
            conforms(value, definitions.get(name), definitions, where);
            return;
        }
        switch (schema.get("type").asString()) {
            case "object" -> {
                assertThat(value.isObject()).as(where).isTrue();
                if (schema.has("properties")) {
                    assertThat(new TreeSet<>(value.propertyNames())).as(where)
                            .isEqualTo(new TreeSet<>(schema.get("properties").propertyNames()));
                    schema.get("properties").properties().forEach(p ->
                            conforms(value.get(p.getKey()), p.getValue(), definitions, where + "." + p.getKey()));
                } else {
                    value.properties().forEach(p -> conforms(p.getValue(), schema.get("additionalProperties"),
                            definitions, where + "." + p.getKey()));
                }
            }
            case "array" -> {
                assertThat(value.isArray()).as(where).isTrue();
                value.values().forEach(item -> conforms(item, schema.get("items"), definitions, where + "[]"));
            }
            case "string" -> assertThat(value.isString()).as(where).isTrue();
            case "integer" -> assertThat(value.isIntegralNumber()).as(where).isTrue();
            case "number" -> assertThat(value.isNumber()).as(where).isTrue();
            case "boolean" -> assertThat(value.isBoolean()).as(where).isTrue();
            default -> throw new AssertionError(where + ": unexpected schema " + schema);
        }
    }
}
