package nl.koers.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.DomainEvent;
import nl.koers.events.EventCatalog;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestInfrastructure;
import nl.koers.testsupport.TestKafka;
import nl.koers.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the service tests share: the whole service on a real Kafka broker and MongoDB-protocol server, through HTTP
 * with real JWTs; one Spring context for every test class (one consumer in the group, one database), and the steps
 * most tests start with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceIT {

    protected static final String DATABASE = "enrolment-it";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, DATABASE);
    }

    @LocalServerPort
    int port;

    protected Api api;
    protected final TestKafka kafka = new TestKafka(TestInfrastructure.get().kafkaBootstrapServers());
    protected final String organiser = TestTokens.get().mint("organiser", "organiser");

    @BeforeEach
    void connect() {
        api = new Api("http://127.0.0.1:" + port);
    }

    /** A cohort trajectory-service planned and opened with {@code capacity} seats, once enrolment here is open. */
    protected UUID openCohort(int capacity) {
        UUID cohort = UUID.randomUUID();
        publish(new CohortPlanned(UUID.randomUUID(), Instant.now(), cohort, 1, facts("PLANNED", capacity)));
        publish(new CohortOpened(UUID.randomUUID(), Instant.now(), cohort, 2, facts("OPEN", capacity)));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Api.Response roster = api.get("/api/enrolments?cohortId=" + cohort, organiser);
            return roster.status() == 200 && enrolmentOpen(cohort);
        });
        return cohort;
    }

    private boolean enrolmentOpen(UUID cohort) {
        // Enrolment checks the cohort before the profile: a participant without a profile is refused for the
        // missing profile only once the cohort is open, so the probe changes nothing on the roster.
        Api.Response probe = api.post("/api/enrolments", TestTokens.get().mint("probe", "participant"),
                Map.of("cohortId", cohort));
        return probe.status() == 409 && probe.text("detail").contains("profile");
    }

    protected static CohortFacts facts(String status, int capacity) {
        return new CohortFacts(UUID.randomUUID(), status, capacity, LocalDate.now(), LocalDate.now().plusMonths(3),
                Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400), List.of());
    }

    /** Publishes an event as its producing service would: on its topic, keyed by its subject. */
    protected void publish(DomainEvent event) {
        kafka.send(EventCatalog.of(event).topic(), event.subject(), EventCatalog.of(event).cloudEventType(),
                EventJson.write(event));
    }

    /** A participant's token, once their profile (name "Naam <id>", institution "ROC <id>") is filled in. */
    protected String token(String participantId) {
        String token = TestTokens.get().mint(participantId, "participant");
        Api.Response profile = api.put("/api/participants/me", token, Map.of("displayName", "Naam " + participantId,
                "email", participantId + "@example.nl", "institution", "ROC " + participantId, "sector", "MBO",
                "function", "teamleider"));
        assertThat(profile.status()).isEqualTo(200);
        return token;
    }

    protected Api.Response enrol(String token, UUID cohort) {
        return api.post("/api/enrolments", token, Map.of("cohortId", cohort, "motivation", "samen leren"));
    }

    protected static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).isNotBlank();
    }

    protected static void assertProblem(Api.Response response, int status, String naming) {
        assertProblem(response, status);
        assertThat(response.text("detail")).as(response.raw()).contains(naming);
    }
}
