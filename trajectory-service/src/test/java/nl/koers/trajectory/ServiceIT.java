package nl.koers.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EventCatalog;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.events.Topics;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestInfrastructure;
import nl.koers.testsupport.TestKafka;
import nl.koers.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the service tests share: the whole service on a real Kafka broker and MongoDB-protocol server, one
 * Spring context for every test class (one consumer in the group), a clock the tests can move forward
 * ({@link TestClock}), a retention check every 300 ms, and the steps most tests start with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "koers.privacy.retention-check=300ms")
@Import(TestClock.Wiring.class)
public abstract class ServiceIT {

    protected static final String PROBLEM_JSON = "application/problem+json";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "trajectory");
    }

    @LocalServerPort
    int port;

    protected Api api;
    protected final TestKafka kafka = new TestKafka(TestInfrastructure.get().kafkaBootstrapServers());
    protected final String organiser = TestTokens.get().mint("organiser-1", "organiser");

    @BeforeEach
    void connect() {
        api = new Api("http://127.0.0.1:" + port);
    }

    protected static String token(String subject, String role) {
        return TestTokens.get().mint(subject, role);
    }

    /** A trajectory (with {@code blueprint} as its session blueprint) and a planned cohort of it. */
    protected String plannedCohort(List<Map<String, Object>> blueprint, List<String> facilitatorIds) {
        Map<String, Object> trajectory = new LinkedHashMap<>();
        trajectory.put("title", "Betere kwaliteitsborging door sterker onderwijskundig leiderschap in het mbo");
        trajectory.put("organiser", "NCP EQAVET");
        trajectory.put("sessionBlueprint", blueprint);
        Api.Response created = api.post("/api/trajectories", organiser, trajectory);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        Api.Response cohort = api.post("/api/trajectories/" + created.text("id") + "/cohorts", organiser, Map.of(
                "name", "Groep " + UUID.randomUUID().toString().substring(0, 6), "capacity", 20,
                "startsOn", "2025-10-01", "endsOn", "2026-06-30", "facilitatorIds", facilitatorIds));
        assertThat(cohort.status()).as(cohort.raw()).isEqualTo(201);
        return cohort.text("id");
    }

    /** A trajectory of NCP EQAVET without a session blueprint; its id. */
    protected String trajectory(String title) {
        Api.Response created = api.post("/api/trajectories", organiser,
                Map.of("title", title, "organiser", "NCP EQAVET"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    /** A planned cohort of the trajectory with 20 seats, from {@code startsOn} (ISO) for half a year; its id. */
    protected String plannedCohort(String trajectoryId, String name, String startsOn, List<String> facilitatorIds) {
        String endsOn = java.time.LocalDate.parse(startsOn).plusMonths(6).toString();
        Api.Response cohort = api.post("/api/trajectories/" + trajectoryId + "/cohorts", organiser, Map.of(
                "name", name, "capacity", 20, "startsOn", startsOn, "endsOn", endsOn,
                "facilitatorIds", facilitatorIds));
        assertThat(cohort.status()).as(cohort.raw()).isEqualTo(201);
        return cohort.text("id");
    }

    /** Publishes any contract event to its topic, keyed by its subject, as the service that owns it would. */
    protected void publishFact(DomainEvent event) {
        EventCatalog.Entry entry = EventCatalog.of(event);
        kafka.send(entry.topic(), event.subject(), entry.cloudEventType(), EventJson.write(event));
    }

    /** Publishes an enrolment event as enrolment-service would, keyed by its cohort. */
    protected void publish(DomainEvent enrolmentEvent) {
        kafka.send(Topics.ENROLMENT_ENROLMENTS, enrolmentEvent.subject(),
                EventCatalog.of(enrolmentEvent).cloudEventType(), EventJson.write(enrolmentEvent));
    }

    /**
     * Confirms the participants in the cohort as enrolment-service would, each with a profile named "Deelnemer
     * {@code <id>}" of ROC Midden, and waits until the roster shows them with their names.
     */
    protected void confirm(String cohortId, String... participantIds) {
        UUID cohort = UUID.fromString(cohortId);
        for (String participantId : participantIds) {
            profile(participantId, 1, "Deelnemer " + participantId, "ROC Midden", "MBO");
        }
        for (int i = 0; i < participantIds.length; i++) {
            EnrolmentConfirmed event = new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                    cohort, participantIds[i], 100 + i);
            kafka.send(Topics.ENROLMENT_ENROLMENTS, event.subject(), EventCatalog.of(event).cloudEventType(),
                    EventJson.write(event));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var roster = api.get("/api/cohorts/" + cohortId + "/participants?size=100", organiser).json();
            assertThat(roster.get("totalItems").asInt()).isEqualTo(participantIds.length);
            assertThat(roster.get("items").valueStream().map(e -> e.path("displayName").asString(null)))
                    .doesNotContainNull();
        });
    }

    /** Publishes a participant's profile as enrolment-service would, on the compacted participants topic. */
    protected void profile(String participantId, long version, String displayName, String institution, String sector) {
        publishFact(new ParticipantProfileUpdated(UUID.randomUUID(), Instant.now(), participantId, version,
                displayName, institution, sector, null));
    }

    protected static void assertProblem(Api.Response response, int status, String detailMentions) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        if (detailMentions != null) {
            assertThat(response.text("detail")).containsIgnoringCase(detailMentions);
        }
    }
}
