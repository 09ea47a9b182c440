package nl.koers.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.events.CohortCancelled;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.DomainEvent;
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
                "p-ann", "Ann Jansen", "ROC Midden", 1);

        send(annConfirmed);
        send(new EnrolmentWaitlisted(UUID.randomUUID(), Instant.now(), bea, cohort, "p-bea", "Bea de Vries",
                "Hogeschool Utrecht", 2, 1));
        send(annConfirmed);
        send(new EnrolmentWithdrawn(UUID.randomUUID(), Instant.now(), ann, cohort, "p-ann", "Ann Jansen",
                "ROC Midden", 3));
        send(new EnrolmentPromoted(UUID.randomUUID(), Instant.now(), bea, cohort, "p-bea", "Bea de Vries",
                "Hogeschool Utrecht", 4));
        // Older than what is held: must change nothing.
        send(annConfirmed);
        send(new EnrolmentWaitlisted(UUID.randomUUID(), Instant.now(), bea, cohort, "p-bea", "Bea de Vries",
                "Hogeschool Utrecht", 2, 1));
        // Same key, so the same partition: once Cas shows, everything before was applied.
        send(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, "p-cas",
                "Cas Bakker", "Fontys", 5));

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
    void keepsACohortsSessionsFromTheirNewestEventsAndKnowsWhenTheLastIsOver() {
        UUID cohort = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        Instant start = Instant.parse("2026-05-01T13:00:00Z");
        SessionFacts scheduled = new SessionFacts(cohort, UUID.randomUUID(), 4, start, start.plusSeconds(3 * 3600), "SCHEDULED");
        SessionFacts moved = new SessionFacts(cohort, scheduled.trajectoryId(), 4, start.plusSeconds(86_400),
                start.plusSeconds(86_400 + 3 * 3600), "SCHEDULED");

        send(new SessionScheduled(UUID.randomUUID(), Instant.now(), session, 1, scheduled));
        send(new SessionRescheduled(UUID.randomUUID(), Instant.now(), session, 3, moved));
        // Older than the move: must change nothing.
        send(new SessionScheduled(UUID.randomUUID(), Instant.now(), session, 1, scheduled));
        send(new SessionRescheduled(UUID.randomUUID(), Instant.now(), session, 2, scheduled));

        await().atMost(Duration.ofSeconds(20)).until(() -> memberships.of(cohort).session(session)
                .map(s -> s.endsAt().equals(moved.endsAt())).orElse(false));
        // A later record on the same key shows the stale ones before it were seen and skipped.
        send(new SessionCancelled(UUID.randomUUID(), Instant.now(), session, 4,
                new SessionFacts(cohort, scheduled.trajectoryId(), 4, moved.startsAt(), moved.endsAt(), "CANCELLED")));
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
        send(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, "p-dirk",
                "Dirk Smit", "Graafschap College", 1));
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
