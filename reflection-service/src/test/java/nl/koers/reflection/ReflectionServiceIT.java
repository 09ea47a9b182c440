package nl.koers.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.events.AttendanceRecorded;
import nl.koers.events.CohortCancelled;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentCompleted;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentPromoted;
import nl.koers.events.EnrolmentWaitlisted;
import nl.koers.events.EnrolmentWithdrawn;
import nl.koers.events.EventCatalog;
import nl.koers.events.SessionCancelled;
import nl.koers.events.SessionFacts;
import nl.koers.events.SessionRescheduled;
import nl.koers.events.SessionScheduled;
import nl.koers.events.Topics;
import nl.koers.reflection.membership.CohortMembership;
import nl.koers.reflection.membership.MemberStatus;
import nl.koers.reflection.membership.Memberships;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestInfrastructure;
import nl.koers.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The whole service on a real Kafka broker and a MongoDB-protocol server, fed raw CloudEvents records. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReflectionServiceIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "reflection");
    }

    @LocalServerPort
    int port;

    @Autowired
    Memberships memberships;

    private final TestKafka kafka = new TestKafka(TestInfrastructure.get().kafkaBootstrapServers());

    @Test
    void keepsWhoBelongsToACohortWhateverTheOrderOrRepetitionOfEvents() {
        UUID cohort = UUID.randomUUID();
        UUID ann = UUID.randomUUID();
        UUID bea = UUID.randomUUID();
        EnrolmentConfirmed annConfirmed = new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), ann, cohort,
                "p-ann", 1);

        send(annConfirmed);
        send(new EnrolmentWaitlisted(UUID.randomUUID(), Instant.now(), bea, cohort, "p-bea", 2, 1));
        send(annConfirmed);
        send(new EnrolmentWithdrawn(UUID.randomUUID(), Instant.now(), ann, cohort, "p-ann", 3));
        send(new EnrolmentPromoted(UUID.randomUUID(), Instant.now(), bea, cohort, "p-bea", 4));
        // Older than what is held: must change nothing.
        send(annConfirmed);
        send(new EnrolmentWaitlisted(UUID.randomUUID(), Instant.now(), bea, cohort, "p-bea", 2, 1));
        // Same key, so the same partition: once Cas shows, everything before was applied.
        send(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, "p-cas", 5));

        await().atMost(Duration.ofSeconds(20)).until(() -> memberships.of(cohort).statusOf("p-cas").isPresent());
        CohortMembership membership = memberships.of(cohort);
        assertThat(membership.statusOf("p-ann")).contains(MemberStatus.WITHDRAWN);
        assertThat(membership.statusOf("p-bea")).contains(MemberStatus.CONFIRMED);
        assertThat(membership.mayWrite("p-ann")).isFalse();
        assertThat(membership.mayWrite("p-bea")).isTrue();
        assertThat(membership.mayWrite("p-cas")).isTrue();
        assertThat(membership.mayWrite("p-dirk")).isFalse();
    }

    @Test
    void keepsACohortsFacilitatorsAndStatusFromItsNewestEvent() {
        UUID cohort = UUID.randomUUID();
        send(new CohortPlanned(UUID.randomUUID(), Instant.now(), cohort, 1, facts("PLANNED", List.of("fac-1"))));
        CohortOpened opened = new CohortOpened(UUID.randomUUID(), Instant.now(), cohort, 2,
                facts("OPEN", List.of("fac-1", "fac-2")));
        send(opened);
        send(opened);
        send(new CohortCancelled(UUID.randomUUID(), Instant.now(), cohort, 4, facts("CANCELLED", List.of("fac-2"))));
        // Older than the cancellation: must change nothing.
        send(new CohortPlanned(UUID.randomUUID(), Instant.now(), cohort, 1, facts("PLANNED", List.of("fac-1"))));
        send(opened);

        await().atMost(Duration.ofSeconds(20)).until(() -> "CANCELLED".equals(memberships.of(cohort).status()));
        // A later record on the same key shows the stale ones before it were seen and skipped.
        UUID other = UUID.randomUUID();
        kafka.send(Topics.TRAJECTORY_COHORTS, cohort.toString(), EventCatalog.of(opened).cloudEventType(),
                EventJson.write(new CohortOpened(UUID.randomUUID(), Instant.now(), other, 1, facts("OPEN", List.of()))));
        await().atMost(Duration.ofSeconds(20)).until(() -> "OPEN".equals(memberships.of(other).status()));

        CohortMembership membership = memberships.of(cohort);
        assertThat(membership.status()).isEqualTo("CANCELLED");
        assertThat(membership.isFacilitator("fac-2")).isTrue();
        assertThat(membership.isFacilitator("fac-1")).isFalse();
    }

    @Test
    void recordsACompletedCohortAndItsCompletedParticipantsWhoKeepTheirRights() {
        UUID cohort = UUID.randomUUID();
        EnrolmentConfirmed annConfirmed = new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                cohort, "p-ann", 1);
        send(new CohortOpened(UUID.randomUUID(), Instant.now(), cohort, 2, facts("OPEN", List.of("fac-1"))));
        send(annConfirmed);
        send(new CohortCompleted(UUID.randomUUID(), Instant.now(), cohort, 3, facts("COMPLETED", List.of("fac-1", "fac-2"))));
        send(new EnrolmentCompleted(UUID.randomUUID(), Instant.now(), annConfirmed.enrolmentId(), cohort, "p-ann", 2));
        // Redelivered and older than the completion: must change nothing.
        send(annConfirmed);
        send(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, "p-last", 3));

        await().atMost(Duration.ofSeconds(20)).until(() -> memberships.of(cohort).statusOf("p-last").isPresent()
                && memberships.of(cohort).isCompleted());
        CohortMembership membership = memberships.of(cohort);
        assertThat(membership.status()).isEqualTo("COMPLETED");
        assertThat(membership.isFacilitator("fac-2")).isTrue();
        assertThat(membership.statusOf("p-ann")).contains(MemberStatus.COMPLETED);
        assertThat(membership.mayWrite("p-ann")).isTrue();
        assertThat(membership.isOver(Instant.now())).isTrue();
    }

    @Test
    void skipsAttendanceWithoutDeadLetteringIt() {
        UUID cohort = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        Instant start = Instant.parse("2026-05-01T13:00:00Z");
        send(new AttendanceRecorded(UUID.randomUUID(), Instant.now(), session, cohort, 1,
                List.of(new AttendanceRecorded.Mark("p-ann", "PRESENT"))));
        send(new SessionScheduled(UUID.randomUUID(), Instant.now(), session, 1,
                new SessionFacts(cohort, UUID.randomUUID(), 1, start, start.plusSeconds(3600), "SCHEDULED", null, null, null)));

        await().atMost(Duration.ofSeconds(20)).until(() -> memberships.of(cohort).session(session).isPresent());
        assertThat(kafka.readAll(Topics.TRAJECTORY_SESSIONS + Topics.DEAD_LETTER_SUFFIX, Duration.ofSeconds(2)))
                .noneMatch(r -> session.toString().equals(r.key()));
    }

    @Test
    void keepsACohortsSessionsFromTheirNewestEventsAndKnowsWhenTheLastIsOver() {
        UUID cohort = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        Instant start = Instant.parse("2026-05-01T13:00:00Z");
        SessionFacts scheduled = new SessionFacts(cohort, UUID.randomUUID(), 4, start, start.plusSeconds(3 * 3600), "SCHEDULED", null, null, null);
        SessionFacts moved = new SessionFacts(cohort, scheduled.trajectoryId(), 4, start.plusSeconds(86_400),
                start.plusSeconds(86_400 + 3 * 3600), "SCHEDULED", null, null, null);

        send(new SessionScheduled(UUID.randomUUID(), Instant.now(), session, 1, scheduled));
        send(new SessionRescheduled(UUID.randomUUID(), Instant.now(), session, 3, moved));
        // Older than the move: must change nothing.
        send(new SessionScheduled(UUID.randomUUID(), Instant.now(), session, 1, scheduled));
        send(new SessionRescheduled(UUID.randomUUID(), Instant.now(), session, 2, scheduled));

        await().atMost(Duration.ofSeconds(20)).until(() -> memberships.of(cohort).session(session)
                .map(s -> s.endsAt().equals(moved.endsAt())).orElse(false));
        // A later record on the same key shows the stale ones before it were seen and skipped.
        send(new SessionCancelled(UUID.randomUUID(), Instant.now(), session, 4,
                new SessionFacts(cohort, scheduled.trajectoryId(), 4, moved.startsAt(), moved.endsAt(), "CANCELLED", null, null, null)));
        await().atMost(Duration.ofSeconds(20)).until(() -> memberships.of(cohort).session(session)
                .map(s -> s.cancelled()).orElse(false));

        CohortMembership membership = memberships.of(cohort);
        assertThat(membership.lastSessionEndsAt()).isEmpty();
        assertThat(membership.isOver(moved.endsAt().plusSeconds(1))).isFalse();
        assertThat(memberships.cohortOfSession(session)).contains(cohort);
    }

    @Test
    void answersNoForACohortNotHeardOf() {
        CohortMembership membership = memberships.of(UUID.randomUUID());

        assertThat(membership.mayWrite("p-ann")).isFalse();
        assertThat(membership.isFacilitator("fac-1")).isFalse();
    }

    @Test
    void deadLettersAPoisonRecordAndKeepsApplyingTheOnesBehindIt() {
        UUID cohort = UUID.randomUUID();
        String marker = UUID.randomUUID().toString();
        kafka.send(Topics.ENROLMENT_ENROLMENTS, cohort.toString(), null,
                ("no type " + marker).getBytes(StandardCharsets.UTF_8));
        kafka.send(Topics.TRAJECTORY_COHORTS, cohort.toString(), "nl.koers.trajectory.CohortOpened.v1",
                ("not json " + marker).getBytes(StandardCharsets.UTF_8));
        send(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, "p-dirk", 1));
        send(new CohortOpened(UUID.randomUUID(), Instant.now(), cohort, 2, facts("OPEN", List.of("fac-1"))));

        await().atMost(Duration.ofSeconds(20)).until(() -> memberships.of(cohort).mayWrite("p-dirk")
                && memberships.of(cohort).isFacilitator("fac-1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(deadLetters(Topics.ENROLMENT_ENROLMENTS, marker)).containsExactly("no type " + marker);
            assertThat(deadLetters(Topics.TRAJECTORY_COHORTS, marker)).containsExactly("not json " + marker);
        });
    }

    @Test
    void servesHealthAndApiDocsButNoDataWithoutAToken() {
        Api api = new Api("http://127.0.0.1:" + port);
        // Liveness only: Boot's MongoDB health check sends 'hello', which mongo-java-server does not know.
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(200);
        assertThat(api.get("/api/reflections", null).status()).isEqualTo(401);
    }

    @Test
    void documentsEveryOperationWithAReadableIdASummaryADescriptionAndItsTrueSuccessCode() {
        JsonNode document = new Api("http://127.0.0.1:" + port).get("/v3/api-docs", null).json();
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("writeReflection", "POST /api/reflections 201"),
                Map.entry("listReflections", "GET /api/reflections 200"),
                Map.entry("countCohortReflections", "GET /api/reflections/counts 200"),
                Map.entry("getReflection", "GET /api/reflections/{id} 200"),
                Map.entry("reviseReflection", "PUT /api/reflections/{id} 200"),
                Map.entry("deleteReflection", "DELETE /api/reflections/{id} 204"),
                Map.entry("attachSessionPrompts", "PUT /api/reflections/prompts/{sessionId} 200"),
                Map.entry("getSessionPrompts", "GET /api/reflections/prompts/{sessionId} 200"),
                Map.entry("bringInCase", "POST /api/cases 201"),
                Map.entry("listCohortCases", "GET /api/cases 200"),
                Map.entry("getCase", "GET /api/cases/{id} 200"),
                Map.entry("analyseCase", "PUT /api/cases/{id}/analysis 200"),
                Map.entry("getCohortRoleFan", "GET /api/role-fans/{cohortId} 200"),
                Map.entry("defineCohortRoleFan", "PUT /api/role-fans/{cohortId} 200"),
                Map.entry("planIntervention", "POST /api/interventions 201"),
                Map.entry("listCohortInterventions", "GET /api/interventions 200"),
                Map.entry("getIntervention", "GET /api/interventions/{id} 200"),
                Map.entry("reviseIntervention", "PUT /api/interventions/{id} 200"),
                Map.entry("startIntervention", "POST /api/interventions/{id}/start 200"),
                Map.entry("carryOutIntervention", "POST /api/interventions/{id}/carry-out 200"),
                Map.entry("reflectOnIntervention", "POST /api/interventions/{id}/reflect 200"),
                Map.entry("giveFeedback", "POST /api/interventions/{id}/feedback 201"),
                Map.entry("listInterventionFeedback", "GET /api/interventions/{id}/feedback 200"),
                Map.entry("submitEvaluation", "POST /api/evaluations 201"),
                Map.entry("getEvaluationSummary", "GET /api/evaluations/summary 200"),
                Map.entry("getCohortEvaluationItems", "GET /api/evaluations/items 200"),
                Map.entry("getTrajectoryEvaluationItems", "GET /api/evaluations/items/{trajectoryId} 200"),
                Map.entry("configureEvaluationItems", "PUT /api/evaluations/items/{trajectoryId} 200"),
                Map.entry("exportReflectionData", "GET /api/privacy/reflection/export 200")));

        Map<String, String> documented = new TreeMap<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            JsonNode operation = method.getValue();
            String id = operation.path("operationId").asString();
            String summary = operation.path("summary").asString();
            assertThat(summary).as(id).isNotBlank().hasSizeLessThan(60).doesNotEndWith(".");
            assertThat(operation.path("description").asString()).as(id).hasSizeGreaterThan(40);
            assertThat(operation.path("tags").size()).as(id).isEqualTo(1);
            String success = operation.get("responses").propertyNames().stream()
                    .filter(code -> code.startsWith("2")).reduce((a, b) -> a + "," + b).orElse("none");
            assertThat(documented.put(id, method.getKey().toUpperCase() + " " + path.getKey() + " " + success))
                    .as("operationId " + id + " is used once").isNull();
        }));
        assertThat(documented).isEqualTo(expected);
        assertThat(document.get("tags")).isNotEmpty()
                .allSatisfy(tag -> assertThat(tag.path("description").asString()).hasSizeGreaterThan(40));
    }

    private List<String> deadLetters(String topic, String marker) {
        return kafka.readAll(topic + Topics.DEAD_LETTER_SUFFIX, Duration.ofSeconds(2)).stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).filter(v -> v.contains(marker)).toList();
    }

    private void send(DomainEvent event) {
        EventCatalog.Entry entry = EventCatalog.of(event);
        kafka.send(entry.topic(), event.subject(), entry.cloudEventType(), EventJson.write(event));
    }

    private static CohortFacts facts(String status, List<String> facilitatorIds) {
        return new CohortFacts(UUID.randomUUID(), status, 20, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 6, 30),
                null, null, facilitatorIds);
    }
}
