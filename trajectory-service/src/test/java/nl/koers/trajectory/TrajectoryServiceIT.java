package nl.koers.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentPromoted;
import nl.koers.events.EnrolmentWaitlisted;
import nl.koers.events.EnrolmentWithdrawn;
import nl.koers.events.EventCatalog;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.events.Topics;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestKafka;
import nl.koers.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The whole service over HTTP, on a real Kafka broker and a MongoDB-protocol server. */
class TrajectoryServiceIT extends ServiceIT {

    @Test
    void createsATrajectoryAndPublishesTheCohortsLifeCycle() {
        Api.Response created = api.post("/api/trajectories", organiser, trajectoryRequest("Onderwijskundig leiderschap"));
        assertThat(created.status()).isEqualTo(201);
        String trajectoryId = created.text("id");
        assertThat(created.header("Location")).isEqualTo("/api/trajectories/" + trajectoryId);
        assertThat(created.text("organiser")).isEqualTo("NCP EQAVET");
        assertThat(created.text("createdBy")).isEqualTo("organiser-1");
        assertThat(created.json().get("coalitionIds").get(0).asString()).isEqualTo("teams-aan-zet");

        String participant = TestTokens.get().mint("participant-1", "participant");
        Api.Response read = api.get("/api/trajectories/" + trajectoryId, participant);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("createdAt")).isEqualTo(created.text("createdAt"));
        Api.Response list = api.get("/api/trajectories?page=0&size=100", participant);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("totalItems").asLong()).isGreaterThanOrEqualTo(1);

        Api.Response cohort = api.post("/api/trajectories/" + trajectoryId + "/cohorts", organiser,
                cohortRequest("Groep 1", 12, "2025-10-01", "2026-06-30"));
        assertThat(cohort.status()).isEqualTo(201);
        String cohortId = cohort.text("id");
        assertThat(cohort.header("Location")).isEqualTo("/api/cohorts/" + cohortId);
        assertThat(cohort.text("status")).isEqualTo("PLANNED");
        assertThat(cohort.json().get("version").asLong()).isEqualTo(1);
        assertThat(cohort.text("trajectoryId")).isEqualTo(trajectoryId);

        Api.Response opened = api.post("/api/cohorts/" + cohortId + "/open", organiser, null);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.text("status")).isEqualTo("OPEN");
        assertThat(opened.json().get("version").asLong()).isEqualTo(2);

        Api.Response openedTwice = api.post("/api/cohorts/" + cohortId + "/open", organiser, null);
        assertThat(openedTwice.status()).isEqualTo(409);
        assertThat(openedTwice.contentType()).startsWith(PROBLEM_JSON);
        assertThat(openedTwice.text("detail")).contains("OPEN");

        assertThat(api.get("/api/trajectories/" + trajectoryId + "/cohorts", participant).json().get("items").size())
                .isEqualTo(1);
        assertThat(api.get("/api/cohorts/" + cohortId, participant).text("status")).isEqualTo("OPEN");

        List<ConsumerRecord<String, byte[]>> records = kafka.readAll(Topics.TRAJECTORY_COHORTS, Duration.ofSeconds(4));
        ConsumerRecord<String, byte[]> openedRecord = records.stream()
                .filter(r -> cohortId.equals(r.key()))
                .filter(r -> "nl.koers.trajectory.CohortOpened.v1".equals(TestKafka.headers(r).get("ce_type")))
                .findFirst().orElseThrow();
        Map<String, String> headers = TestKafka.headers(openedRecord);
        assertThat(headers).containsEntry("ce_subject", cohortId).containsEntry("ce_source", "/koers/trajectory-service")
                .containsEntry("ce_specversion", "1.0").containsKey("ce_id").containsKey("ce_time");
        JsonNode payload = Api.parse(new String(openedRecord.value(), StandardCharsets.UTF_8));
        assertThat(payload.get("cohortVersion").asLong()).isEqualTo(2);
        assertThat(payload.get("cohort").get("status").asString()).isEqualTo("OPEN");
        assertThat(payload.get("cohort").get("trajectoryId").asString()).isEqualTo(trajectoryId);
        assertThat(records.stream().filter(r -> cohortId.equals(r.key()))
                .map(r -> TestKafka.headers(r).get("ce_type")))
                .containsExactly("nl.koers.trajectory.CohortPlanned.v1", "nl.koers.trajectory.CohortOpened.v1");
    }

    @Test
    void revisesATrajectoryOnlyAtTheVersionLastReadAndFindsItByTitleOrCoalition() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api.post("/api/trajectories", organiser, trajectoryRequest("Kwaliteitsborging " + unique));
        String id = created.text("id");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        Map<String, Object> revision = trajectoryRequest("Betere kwaliteitsborging " + unique);
        revision.put("coalitionIds", List.of("kwaliteitsnetwerk-" + unique));
        Api.Response withoutIfMatch = api.put("/api/trajectories/" + id, organiser, revision);
        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(withoutIfMatch.contentType()).startsWith(PROBLEM_JSON);
        Api.Response stale = api.send("PUT", "/api/trajectories/" + id, organiser, revision, Map.of("If-Match", "\"7\""));
        assertThat(stale.status()).isEqualTo(412);
        Api.Response revised = api.send("PUT", "/api/trajectories/" + id, organiser, revision, Map.of("If-Match", "\"1\""));
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.header("ETag")).isEqualTo("\"2\"");
        assertThat(revised.json().get("version").asLong()).isEqualTo(2);
        assertThat(revised.text("createdBy")).isEqualTo("organiser-1");
        assertThat(api.send("PUT", "/api/trajectories/" + id, organiser, revision, Map.of("If-Match", "\"1\"")).status())
                .isEqualTo(412);
        String participant = TestTokens.get().mint("participant-1", "participant");
        assertThat(api.send("PUT", "/api/trajectories/" + id, participant, revision, Map.of("If-Match", "\"2\"")).status())
                .isEqualTo(403);
        revision.put("title", " ");
        assertThat(api.send("PUT", "/api/trajectories/" + id, organiser, revision, Map.of("If-Match", "\"2\"")).status())
                .isEqualTo(400);
        assertThat(api.send("PUT", "/api/trajectories/" + UUID.randomUUID(), organiser, trajectoryRequest("X"),
                Map.of("If-Match", "\"1\"")).status()).isEqualTo(404);

        // Found by a part of its title in any case, and by its new coalition only.
        assertThat(titles(api.get("/api/trajectories?title=BETERE%20kwaliteitsborging%20" + unique, participant)))
                .containsExactly("Betere kwaliteitsborging " + unique);
        assertThat(titles(api.get("/api/trajectories?title=" + unique + ".*", participant))).isEmpty();
        assertThat(titles(api.get("/api/trajectories?coalition=kwaliteitsnetwerk-" + unique, participant)))
                .containsExactly("Betere kwaliteitsborging " + unique);
        assertThat(api.get("/api/trajectories?coalition=Not%20An%20Id", participant).status()).isEqualTo(400);

        // Other services hear that the owners changed, keyed by the trajectory.
        List<ConsumerRecord<String, byte[]>> records = kafka.readAll(Topics.TRAJECTORY_TRAJECTORIES, Duration.ofSeconds(4));
        assertThat(records.stream().filter(r -> id.equals(r.key())).map(r -> TestKafka.headers(r).get("ce_type")))
                .containsExactly("nl.koers.trajectory.TrajectoryCreated.v1", "nl.koers.trajectory.TrajectoryRevised.v1");
    }

    private static List<String> titles(Api.Response list) {
        assertThat(list.status()).isEqualTo(200);
        return list.json().get("items").valueStream().map(i -> i.get("title").asString()).toList();
    }

    @Test
    void walksTheCohortStatusesAndRefusesWhatIsNotAllowed() {
        String cohortId = plannedCohort(List.of());

        assertThat(api.post("/api/cohorts/" + cohortId + "/close", organiser, null).status()).isEqualTo(409);
        assertThat(api.post("/api/cohorts/" + cohortId + "/open", organiser, null).text("status")).isEqualTo("OPEN");
        assertThat(api.post("/api/cohorts/" + cohortId + "/close", organiser, null).text("status")).isEqualTo("CLOSED");
        assertThat(api.post("/api/cohorts/" + cohortId + "/open", organiser, null).text("status")).isEqualTo("OPEN");
        Api.Response cancelled = api.post("/api/cohorts/" + cohortId + "/cancel", organiser, null);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("version").asLong()).isEqualTo(5);
        Api.Response reopened = api.post("/api/cohorts/" + cohortId + "/open", organiser, null);
        assertThat(reopened.status()).isEqualTo(409);
        assertThat(reopened.text("detail")).contains("CANCELLED");
    }

    @Test
    void refusesCallersWithoutATokenOrTheRole() {
        Api.Response anonymous = api.get("/api/trajectories", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith(PROBLEM_JSON);

        String participant = TestTokens.get().mint("participant-1", "participant");
        Api.Response forbidden = api.post("/api/trajectories", participant, trajectoryRequest("Mijn eigen traject"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith(PROBLEM_JSON);

        String cohortId = plannedCohort(List.of());
        assertThat(api.post("/api/cohorts/" + cohortId + "/open", participant, null).status()).isEqualTo(403);
        assertThat(api.get("/api/cohorts/" + cohortId + "/participants", participant).status()).isEqualTo(403);
        String coalition = TestTokens.get().mint("coalition-1", "coalition");
        assertThat(api.get("/api/cohorts/" + cohortId + "/participants", coalition).status()).isEqualTo(403);
    }

    @Test
    void answersBadInputWithAProblem() {
        assertProblem(api.post("/api/trajectories", organiser, trajectoryRequest(" ")), 400, "title");
        Map<String, Object> badCoalition = trajectoryRequest("LOCK");
        badCoalition.put("coalitionIds", List.of("Teams Aan Zet"));
        assertProblem(api.post("/api/trajectories", organiser, badCoalition), 400, "coalitionIds");
        assertProblem(api.post("/api/trajectories", organiser, "{\"title\": \"LOCK\", "), 400, "JSON");
        assertProblem(api.get("/api/trajectories/not-a-uuid", organiser), 400, null);
        assertProblem(api.get("/api/cohorts/not-a-uuid/participants", organiser), 400, null);
        assertProblem(api.get("/api/trajectories?size=0", organiser), 400, "size");
        assertProblem(api.get("/api/trajectories?size=101", organiser), 400, "size");
        assertProblem(api.get("/api/trajectories/" + UUID.randomUUID(), organiser), 404, "trajectory");

        String trajectoryId = api.post("/api/trajectories", organiser, trajectoryRequest("LOCK")).text("id");
        String cohorts = "/api/trajectories/" + trajectoryId + "/cohorts";
        assertProblem(api.post(cohorts, organiser, cohortRequest("Groep 1", 0, "2025-10-01", "2026-06-30")), 400, "capacity");
        assertProblem(api.post(cohorts, organiser, cohortRequest("Groep 1", 501, "2025-10-01", "2026-06-30")), 400, "capacity");
        assertProblem(api.post(cohorts, organiser, cohortRequest("Groep 1", 10, "2026-06-30", "2025-10-01")), 422, "endsOn");
        Map<String, Object> window = cohortRequest("Groep 1", 10, "2025-10-01", "2026-06-30");
        window.put("enrolmentOpensAt", "2025-09-01T08:00:00Z");
        window.put("enrolmentClosesAt", "2025-08-01T08:00:00Z");
        assertProblem(api.post(cohorts, organiser, window), 422, "enrolmentClosesAt");
        Map<String, Object> badDate = cohortRequest("Groep 1", 10, "2025-13-01", "2026-06-30");
        assertProblem(api.post(cohorts, organiser, badDate), 400, "startsOn");
        assertProblem(api.post("/api/trajectories/" + UUID.randomUUID() + "/cohorts", organiser,
                cohortRequest("Groep 1", 10, "2025-10-01", "2026-06-30")), 404, "trajectory");
        assertProblem(api.get("/api/cohorts/" + UUID.randomUUID(), organiser), 404, "cohort");
    }

    @Test
    void keepsTheRosterFromEnrolmentEventsWhateverTheirOrderOrRepetitionWithNamesFromProfilesOnly() {
        String cohortId = plannedCohort(List.of("facilitator-1"));
        UUID cohort = UUID.fromString(cohortId);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String pAnn = "p-ann-" + run;
        String pBea = "p-bea-" + run;
        String pCas = "p-cas-" + run;
        UUID ann = UUID.randomUUID();
        UUID bea = UUID.randomUUID();
        UUID cas = UUID.randomUUID();

        EnrolmentConfirmed annConfirmed = new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), ann, cohort,
                pAnn, 1);
        send(annConfirmed);
        send(new EnrolmentWaitlisted(UUID.randomUUID(), Instant.now(), bea, cohort, pBea, 2, 1));
        send(annConfirmed);
        send(new EnrolmentWithdrawn(UUID.randomUUID(), Instant.now(), ann, cohort, pAnn, 3));
        send(new EnrolmentPromoted(UUID.randomUUID(), Instant.now(), bea, cohort, pBea, 4));
        // Older than what is stored for both: must change nothing.
        send(annConfirmed);
        send(new EnrolmentWaitlisted(UUID.randomUUID(), Instant.now(), bea, cohort, pBea, 2, 1));
        // Same partition (same key) as the ones above, so once it shows, everything before it was applied.
        send(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), cas, cohort, pCas, 5));

        String roster = "/api/cohorts/" + cohortId + "/participants";
        // Enrolment facts carry no names: until the profiles arrive the roster shows none.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(participants(api.get(roster, organiser))).containsExactlyInAnyOrder(
                        pBea + ":null:CONFIRMED", pCas + ":null:CONFIRMED"));
        assertThat(participants(api.get(roster + "?status=WITHDRAWN", organiser)))
                .containsExactly(pAnn + ":null:WITHDRAWN");

        sendProfile(pBea, new ParticipantProfileUpdated(UUID.randomUUID(), Instant.now(), pBea, 2,
                "Bea Bakker-de Vries", "Hogeschool Utrecht", "HBO", null));
        sendProfile(pBea, new ParticipantProfileUpdated(UUID.randomUUID(), Instant.now(), pBea, 1,
                "Bea V.", "HU", "HBO", null));
        sendProfile(pAnn, new ParticipantProfileUpdated(UUID.randomUUID(), Instant.now(), pAnn, 1,
                "Ann Jansen", "ROC Midden", "MBO", null));
        // Keyed like Bea's so it lands behind hers in the same partition.
        sendProfile(pBea, new ParticipantProfileUpdated(UUID.randomUUID(), Instant.now(), pCas, 1,
                "Cas Bakker", "Fontys Tilburg", "HBO", null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get(roster, organiser).json().get("items").get(1).get("institution").asString())
                        .isEqualTo("Fontys Tilburg"));
        Api.Response page = api.get(roster, organiser);
        assertThat(participants(page)).containsExactly(
                pBea + ":Bea Bakker-de Vries:CONFIRMED", pCas + ":Cas Bakker:CONFIRMED");
        assertThat(page.json().get("totalItems").asLong()).isEqualTo(2);
        assertThat(page.json().get("totalPages").asInt()).isEqualTo(1);
        assertThat(participants(api.get(roster + "?status=CONFIRMED&size=1&page=1", organiser)))
                .containsExactly(pCas + ":Cas Bakker:CONFIRMED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(participants(api.get(roster + "?status=WITHDRAWN", organiser)))
                        .containsExactly(pAnn + ":Ann Jansen:WITHDRAWN"));

        // An entry that arrives after its participant's profile shows the stored name at once.
        send(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, pAnn, 6));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(participants(api.get(roster, organiser))).containsExactly(
                        pAnn + ":Ann Jansen:CONFIRMED", pBea + ":Bea Bakker-de Vries:CONFIRMED",
                        pCas + ":Cas Bakker:CONFIRMED"));

        String facilitator = TestTokens.get().mint("facilitator-1", "facilitator");
        assertThat(api.get(roster, facilitator).status()).isEqualTo(200);
        String stranger = TestTokens.get().mint("facilitator-2", "facilitator");
        assertProblem(api.get(roster, stranger), 404, "cohort");
        assertProblem(api.get("/api/cohorts/" + UUID.randomUUID() + "/participants", organiser), 404, "cohort");
        assertProblem(api.get(roster + "?status=GONE", organiser), 400, null);
    }

    @Test
    void deadLettersAPoisonRecordAndKeepsApplyingTheOnesBehindIt() {
        String cohortId = plannedCohort(List.of());
        String marker = UUID.randomUUID().toString();
        kafka.send(Topics.ENROLMENT_ENROLMENTS, cohortId, null, ("no type " + marker).getBytes(StandardCharsets.UTF_8));
        kafka.send(Topics.ENROLMENT_ENROLMENTS, cohortId, "nl.koers.enrolment.EnrolmentConfirmed.v1",
                ("not json " + marker).getBytes(StandardCharsets.UTF_8));
        send(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.fromString(cohortId),
                "p-dirk", 1));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(participants(api.get("/api/cohorts/" + cohortId + "/participants", organiser)))
                        .containsExactly("p-dirk:null:CONFIRMED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll(Topics.ENROLMENT_ENROLMENTS + Topics.DEAD_LETTER_SUFFIX, Duration.ofSeconds(2))
                        // Every consumer group that fails a record dead-letters it: the report projections' too.
                        .stream().filter(r -> "trajectory-service".equals(TestKafka.headers(r).get("kafka_dlt-original-consumer-group")))
                        .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                        .filter(v -> v.contains(marker)))
                        .containsExactlyInAnyOrder("no type " + marker, "not json " + marker));
    }

    @Test
    void publishesItsOpenApiDescription() {
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/cohorts/{id}/participants")).isTrue();
        assertThat(docs.json().get("paths").propertyNames())
                .contains("/api/cohorts/open", "/api/cohorts/mine", "/api/sessions/upcoming");
    }

    private String plannedCohort(List<String> facilitatorIds) {
        String trajectoryId = api.post("/api/trajectories", organiser, trajectoryRequest("LOCK")).text("id");
        Map<String, Object> request = cohortRequest("Groep 1", 20, "2025-10-01", "2026-06-30");
        request.put("facilitatorIds", facilitatorIds);
        Api.Response cohort = api.post("/api/trajectories/" + trajectoryId + "/cohorts", organiser, request);
        assertThat(cohort.status()).isEqualTo(201);
        return cohort.text("id");
    }

    private void send(DomainEvent event) {
        kafka.send(Topics.ENROLMENT_ENROLMENTS, event.subject(), EventCatalog.of(event).cloudEventType(),
                EventJson.write(event));
    }

    private void sendProfile(String key, ParticipantProfileUpdated event) {
        kafka.send(Topics.ENROLMENT_PARTICIPANTS, key, EventCatalog.of(event).cloudEventType(), EventJson.write(event));
    }

    private static List<String> participants(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items").valueStream()
                .map(i -> i.get("participantId").asString() + ":" + i.path("displayName").asString(null) + ":"
                        + i.get("status").asString())
                .toList();
    }

    private static Map<String, Object> trajectoryRequest(String title) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", title);
        request.put("description", "Betere kwaliteitsborging door sterker onderwijskundig leiderschap in het mbo");
        request.put("organiser", "NCP EQAVET");
        request.put("coalitionIds", List.of("teams-aan-zet"));
        return request;
    }

    private static Map<String, Object> cohortRequest(String name, int capacity, String startsOn, String endsOn) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", name);
        request.put("capacity", capacity);
        request.put("startsOn", startsOn);
        request.put("endsOn", endsOn);
        return request;
    }
}
