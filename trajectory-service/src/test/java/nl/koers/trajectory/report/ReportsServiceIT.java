package nl.koers.trajectory.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.events.CloudEventHeaders;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentCompleted;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EventCatalog;
import nl.koers.events.TrajectoryCreated;
import nl.koers.events.TrajectoryRevised;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestInfrastructure;
import nl.koers.testsupport.TestTokens;
import nl.koers.trajectory.ServiceIT;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The report projections fed real contract events on a real Kafka broker, each event sent twice and the
 * whole lot shuffled (so within a partition later facts often come first), then read through the API as
 * each role would.
 */
class ReportsServiceIT extends ServiceIT {

    @Autowired
    MongoTemplate mongo;

    private static final String COALITION = "teams-aan-zet-" + UUID.randomUUID().toString().substring(0, 6);

    private final String coalitionUser = TestTokens.get().mint("coalition-1", "coalition", List.of(COALITION),
            TestTokens.get().issuer(), Duration.ofMinutes(10));
    private final String otherCoalition = TestTokens.get().mint("coalition-2", "coalition", List.of("data"),
            TestTokens.get().issuer(), Duration.ofMinutes(10));

    @Test
    void buildsTheReportFromDuplicatedAndOutOfOrderEvents() {
        CohortStory story = new CohortStory(COALITION, 8);
        List<DomainEvent> events = new ArrayList<>(story.events());
        events.addAll(events);
        Collections.shuffle(events, new Random(42));
        send(events);

        String path = "/api/reports/cohorts/" + story.cohortId;
        // Until five evaluations are in, responses is {"suppressed": true}, not a number: keep polling through it.
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            JsonNode report = api.get(path, organiser).json();
            assertThat(report.path("participation").path("completed").asInt()).isEqualTo(7);
            assertThat(report.path("evaluation").path("responses").asInt()).isEqualTo(7);
            assertThat(report.path("cohorts").path("completed").asInt()).isEqualTo(1);
        });
        JsonNode full = api.get(path, organiser).json();
        assertThat(full.get("aggregatesOnly").asBoolean()).isFalse();
        assertThat(full.get("participation").get("enrolled").asInt()).isEqualTo(8);
        assertThat(full.get("participation").get("withdrawn").asInt()).isEqualTo(1);
        assertThat(full.get("participation").get("waitlisted").asInt()).isEqualTo(2);
        assertThat(full.get("participation").get("completionRate").asDouble()).isEqualTo(0.875);
        assertThat(full.get("participation").get("bySector").get("MBO").asInt()).isEqualTo(6);
        assertThat(full.get("sessions").get("held").asInt()).isEqualTo(2);
        assertThat(full.get("sessions").get("cancelled").asInt()).isEqualTo(1);
        assertThat(full.get("sessions").get("attendanceRatePerSession").get("2").asDouble()).isEqualTo(0.8571);
        assertThat(full.get("developmentQuestions").get("averageRefinements").asDouble()).isEqualTo(0.43);
        assertThat(full.get("interventions").get("withFeedback").asInt()).isEqualTo(3);
        assertThat(full.get("evaluation").get("averagePerItem").get("relevance").asDouble()).isEqualTo(4.43);

        JsonNode aggregates = api.get(path, coalitionUser).json();
        assertThat(aggregates.get("aggregatesOnly").asBoolean()).isTrue();
        assertThat(aggregates.get("participation").get("enrolled").asInt()).isEqualTo(8);
        assertThat(aggregates.get("participation").get("withdrawn").get("suppressed").asBoolean()).isTrue();
        assertThat(aggregates.get("participation").get("bySector").has("HBO")).isFalse();
        assertThat(aggregates.get("participation").get("bySector").get("other").get("suppressed").asBoolean()).isTrue();
        assertThat(aggregates.get("interventions").get("carriedOut").get("suppressed").asBoolean()).isTrue();
        assertThat(aggregates.toString()).doesNotContain("Naam");

        JsonNode trajectory = api.get("/api/reports/trajectories/" + story.trajectoryId, coalitionUser).json();
        assertThat(trajectory.get("cohorts").get("total").asInt()).isEqualTo(1);
        JsonNode coalition = api.get("/api/reports/coalitions/" + COALITION + "?from=2025-08-01&to=2026-07-31",
                coalitionUser).json();
        assertThat(coalition.get("participation").get("completed").asInt()).isEqualTo(7);
        assertThat(coalition.get("from").asString()).isEqualTo("2025-08-01");
        JsonNode nextYear = api.get("/api/reports/coalitions/" + COALITION + "?from=2026-08-01", coalitionUser).json();
        assertThat(nextYear.get("cohorts").get("total").asInt()).isZero();
    }

    @Test
    void precomputedCoalitionAndTrajectoryTotalsEqualTheSumOfTheirCohorts() {
        String coalition = "rollup-" + UUID.randomUUID().toString().substring(0, 8);
        String reader = TestTokens.get().mint("coalition-3", "coalition", List.of(coalition),
                TestTokens.get().issuer(), Duration.ofMinutes(10));
        List<CohortStory> stories = List.of(new CohortStory(coalition, 8), new CohortStory(coalition, 6),
                new CohortStory(coalition, 7));
        List<DomainEvent> events = new ArrayList<>();
        stories.forEach(s -> events.addAll(s.events()));
        events.addAll(new ArrayList<>(events));
        Collections.shuffle(events, new Random(7));
        // Two sends, so the totals are recomputed across batches, from partial and then complete cohorts.
        send(events.subList(0, events.size() / 2));
        send(events.subList(events.size() / 2, events.size()));

        String schoolYear = "/api/reports/coalitions/" + coalition + "?from=2025-08-01&to=2026-07-31";
        String otherPeriod = "/api/reports/coalitions/" + coalition + "?from=2025-08-01&to=2026-07-30";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            int completed = 0;
            for (CohortStory story : stories) {
                JsonNode cohort = api.get("/api/reports/cohorts/" + story.cohortId, organiser).json();
                assertThat(cohort.path("cohorts").path("completed").asInt()).isEqualTo(1);
                completed += cohort.path("participation").path("completed").asInt();
                JsonNode trajectory = api.get("/api/reports/trajectories/" + story.trajectoryId, organiser).json();
                assertThat(trajectory.path("participation")).isEqualTo(cohort.path("participation"));
                assertThat(trajectory.path("evaluation")).isEqualTo(cohort.path("evaluation"));
            }
            // The school-year report is served from the precomputed total, not by adding up cohorts.
            assertThat(mongo.getCollection("report_rollups").find(new Document("_id", "c:" + coalition + ":2025"))
                    .first()).isNotNull();
            JsonNode precomputed = api.get(schoolYear, reader).json();
            JsonNode summed = api.get(otherPeriod, reader).json();
            assertThat(precomputed.path("cohorts").path("total").asInt()).isEqualTo(3);
            assertThat(precomputed.path("participation").path("completed").asInt()).isEqualTo(completed);
            for (String section : List.of("cohorts", "participation", "sessions", "developmentQuestions",
                    "interventions", "evaluation")) {
                assertThat(precomputed.path(section)).as(section).isEqualTo(summed.path(section));
            }
        });
    }

    @Test
    void aRevisionMovesATrajectorysCohortsToItsNewCoalitionsEvenWhenItsCreationIsReplayed() {
        String before = "before-" + UUID.randomUUID().toString().substring(0, 8);
        String after = "after-" + UUID.randomUUID().toString().substring(0, 8);
        CohortStory story = new CohortStory(before, 6);
        send(story.events());
        String schoolYear = "?from=2025-08-01&to=2026-07-31";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/reports/coalitions/" + before
                + schoolYear, organiser).json().path("cohorts").path("total").asInt()).isEqualTo(1));

        TrajectoryRevised revised = new TrajectoryRevised(UUID.randomUUID(), Instant.now(), story.trajectoryId, 2,
                "NCP EQAVET", List.of(after));
        TrajectoryCreated replayed = story.events().stream().filter(TrajectoryCreated.class::isInstance)
                .map(TrajectoryCreated.class::cast).findFirst().orElseThrow();
        send(List.of(revised, replayed));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode moved = api.get("/api/reports/coalitions/" + after + schoolYear, organiser).json();
            assertThat(moved.path("cohorts").path("total").asInt()).isEqualTo(1);
            assertThat(moved.path("cohorts").path("completionRatePerTrajectory").has(story.trajectoryId.toString()))
                    .isTrue();
            JsonNode left = api.get("/api/reports/coalitions/" + before + schoolYear, organiser).json();
            assertThat(left.path("cohorts").path("total").asInt()).isZero();
            assertThat(left.path("cohorts").path("completionRatePerTrajectory").isEmpty()).isTrue();
        });
        // Other periods add up the cohorts and agree; the trajectory report names each cohort's completion rate.
        JsonNode summed = api.get("/api/reports/coalitions/" + after + "?from=2025-08-01&to=2026-07-30", organiser).json();
        assertThat(summed.path("cohorts")).isEqualTo(api.get("/api/reports/coalitions/" + after + schoolYear, organiser)
                .json().path("cohorts"));
        JsonNode trajectory = api.get("/api/reports/trajectories/" + story.trajectoryId, organiser).json();
        assertThat(trajectory.path("cohorts").path("completionRatePerCohort").path(story.cohortId.toString()).asDouble())
                .isEqualTo(trajectory.path("participation").path("completionRate").asDouble());
        assertThat(trajectory.path("cohorts").path("completionRatePerTrajectory").isEmpty()).isTrue();
    }

    @Test
    void answersCsvForExcelInDutchOrEnglish() {
        CohortStory story = new CohortStory(COALITION, 6);
        send(story.events());
        String path = "/api/reports/cohorts/" + story.cohortId;
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(path, organiser).json()
                .path("cohorts").path("completed").asInt() == 1);

        Api.Response dutch = api.send("GET", path, coalitionUser, null, Map.of("Accept", "text/csv", "Accept-Language", "nl"));
        Api.Response english = api.send("GET", path, organiser, null, Map.of("Accept", "text/csv"));

        assertThat(dutch.status()).as(dutch.raw()).isEqualTo(200);
        assertThat(dutch.contentType()).startsWith("text/csv");
        assertThat(dutch.header("Content-Disposition")).contains("attachment");
        assertThat(dutch.http().body().getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(dutch.raw()).contains("Onderdeel;Kengetal;Groep;Waarde").contains("Deelname;Afgemeld;;< 5")
                .contains("Deelname;Ingeschreven (met plaats);;6");
        assertThat(english.raw()).contains("Section;Figure;Group;Value").contains("Participation;Withdrawn;;1");
    }

    @Test
    void showsOtherCoalitionsNothingAndRefusesParticipantsAndFacilitators() {
        CohortStory story = new CohortStory(COALITION, 5);
        send(story.events());
        String path = "/api/reports/cohorts/" + story.cohortId;
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(path, organiser).status() == 200);

        assertProblem(api.get(path, otherCoalition), 404, null);
        assertProblem(api.get("/api/reports/trajectories/" + story.trajectoryId, otherCoalition), 404, null);
        assertProblem(api.get("/api/reports/coalitions/" + COALITION, otherCoalition), 404, null);
        assertProblem(api.get(path, token("participant-1", "participant")), 403, null);
        assertProblem(api.get(path, token("facilitator", "facilitator")), 403, null);
        assertProblem(api.get("/api/reports/cohorts/" + UUID.randomUUID(), organiser), 404, null);
        assertProblem(api.get("/api/reports/coalitions/" + COALITION + "?from=2026-01-02&to=2026-01-01", coalitionUser),
                422, "before it starts");
        assertProblem(api.get("/api/reports/coalitions/" + COALITION + "?from=gisteren", coalitionUser), 400, null);
    }

    @Test
    void completingACohortThroughTheApiPublishesCohortCompleted() {
        String cohort = plannedCohort(List.of(), List.of());
        assertProblem(api.post("/api/cohorts/" + cohort + "/complete", organiser, null), 409, "PLANNED");
        api.post("/api/cohorts/" + cohort + "/open", organiser, null);
        UUID enrolment = UUID.randomUUID();
        send(List.of(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), enrolment, UUID.fromString(cohort),
                "p-anna", 100)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "CONFIRMED".equals(rosterEntry(cohort).path("status").asString()));
        assertProblem(api.post("/api/cohorts/" + cohort + "/complete", token("p", "participant"), null), 403, null);

        Api.Response completed = api.post("/api/cohorts/" + cohort + "/complete", organiser, null);

        assertThat(completed.status()).as(completed.raw()).isEqualTo(200);
        assertThat(completed.text("status")).isEqualTo("COMPLETED");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/reports/cohorts/" + cohort, organiser)
                .json().path("cohorts").path("completed").asInt() == 1);

        // enrolment-service's answer, as it would send it: the roster shows the participant as COMPLETED.
        send(List.of(new EnrolmentCompleted(UUID.randomUUID(), Instant.now(), enrolment, UUID.fromString(cohort),
                "p-anna", 500)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(rosterEntry(cohort).path("status").asString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/reports/cohorts/" + cohort, organiser)
                .json().path("participation").path("completed").asInt() == 1);
    }

    private JsonNode rosterEntry(String cohort) {
        return api.get("/api/cohorts/" + cohort + "/participants", organiser).json().path("items").path(0);
    }

    private void send(List<DomainEvent> events) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            for (DomainEvent event : events) {
                EventCatalog.Entry entry = EventCatalog.of(event);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(entry.topic(), event.subject(), EventJson.write(event));
                record.headers().add(CloudEventHeaders.ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add(CloudEventHeaders.TYPE, entry.cloudEventType().getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
    }
}
