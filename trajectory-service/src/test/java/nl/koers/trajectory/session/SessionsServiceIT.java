package nl.koers.trajectory.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.events.EnrolmentCompleted;
import nl.koers.events.EventCatalog;
import nl.koers.events.Topics;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestKafka;
import nl.koers.trajectory.SeedRequests;
import nl.koers.trajectory.ServiceIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Sessions, attendance and instruments over HTTP, with their events on the real broker. */
class SessionsServiceIT extends ServiceIT {

    private static final Instant FIRST = Instant.parse("2025-10-07T12:00:00Z");

    private String fan() {
        Api.Response fan = api.post("/api/instruments", organiser, SeedRequests.tenInsightsFan());
        assertThat(fan.status()).as(fan.raw()).isEqualTo(201);
        return fan.text("id");
    }

    private String cohortFromBlueprint(String... facilitators) {
        String cohortId = plannedCohort(SeedRequests.ncpEqavetBlueprint(fan()), List.of(facilitators));
        Api.Response planned = api.post("/api/cohorts/" + cohortId + "/sessions/from-blueprint", organiser,
                SeedRequests.weeklySlots(FIRST, 4));
        assertThat(planned.status()).as(planned.raw()).isEqualTo(201);
        return cohortId;
    }

    @Test
    void plansACohortFromTheBlueprintAndPublishesEverySessionChange() {
        String fan = fan();
        String cohortId = plannedCohort(SeedRequests.ncpEqavetBlueprint(fan), List.of("fac-1"));
        String fromBlueprint = "/api/cohorts/" + cohortId + "/sessions/from-blueprint";
        assertProblem(api.post(fromBlueprint, organiser, SeedRequests.weeklySlots(FIRST, 3)), 422, "4 sessions");

        Api.Response planned = api.post(fromBlueprint, organiser, SeedRequests.weeklySlots(FIRST, 4));

        assertThat(planned.status()).as(planned.raw()).isEqualTo(201);
        JsonNode sessions = planned.json().get("items");
        assertThat(sessions.valueStream().map(s -> s.get("sequence").asInt() + ":" + s.get("title").asString()))
                .containsExactly("1:Ontwikkelvragen verdiepen", "2:Toegewezen rol en eigen invulling",
                        "3:Casussen, invloedsstijlen en aanpakplannen", "4:Ervaringen delen en evalueren");
        assertThat(sessions.get(0).get("agenda").valueStream().map(a -> a.get("workForm").asString()))
                .containsExactly("INTERVIEW", "REFINEMENT_EXERCISE", "STAKEHOLDER_MAP");
        assertThat(sessions.get(2).get("agenda").get(1).get("instrumentId").asString()).isEqualTo(fan);
        assertThat(sessions.get(1).get("startsAt").asString()).isEqualTo("2025-10-14T12:00:00Z");
        assertProblem(api.post(fromBlueprint, organiser, SeedRequests.weeklySlots(FIRST, 4)), 409, "already has sessions");

        String second = sessions.get(1).get("id").asString();
        Api.Response moved = api.send("PATCH", "/api/sessions/" + second, organiser,
                Map.of("startsAt", "2025-10-15T12:00:00Z", "endsAt", "2025-10-15T15:00:00Z"), Map.of("If-Match", "\"1\""));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.header("ETag")).isEqualTo("\"2\"");
        assertThat(moved.text("title")).isEqualTo("Toegewezen rol en eigen invulling");
        assertProblem(api.send("PATCH", "/api/sessions/" + second, organiser, Map.of("title", "Nieuw"),
                Map.of("If-Match", "\"1\"")), 412, "version 2");
        String fourth = sessions.get(3).get("id").asString();
        assertThat(api.post("/api/sessions/" + fourth + "/cancel", organiser, null).text("status")).isEqualTo("CANCELLED");
        assertProblem(api.post("/api/sessions/" + fourth + "/cancel", organiser, null), 409, "cancelled");
        assertProblem(api.patch("/api/sessions/" + fourth, organiser, Map.of("title", "Toch")), 409, "cancelled");

        List<String> events = kafka.readAll(Topics.TRAJECTORY_SESSIONS, Duration.ofSeconds(4)).stream()
                .filter(r -> r.key().equals(second) || r.key().equals(fourth))
                .map(r -> TestKafka.headers(r).get("ce_type").replace("nl.koers.trajectory.", "") + "@"
                        + Api.parse(new String(r.value(), StandardCharsets.UTF_8)).get("sessionVersion").asLong())
                .toList();
        assertThat(events).containsExactlyInAnyOrder("SessionScheduled.v1@1", "SessionRescheduled.v1@2",
                "SessionScheduled.v1@1", "SessionCancelled.v1@2");
    }

    @Test
    void refusesNewSessionsOnceTheCohortIsCompleted() {
        String cohortId = plannedCohort(List.of(), List.of());
        Map<String, Object> session = Map.of("title", "Terugkomdag", "startsAt", "2025-10-07T12:00:00Z",
                "endsAt", "2025-10-07T15:00:00Z", "place", "Utrecht");
        assertThat(api.post("/api/cohorts/" + cohortId + "/open", organiser, null).text("status")).isEqualTo("OPEN");
        assertThat(api.post("/api/cohorts/" + cohortId + "/complete", organiser, null).text("status"))
                .isEqualTo("COMPLETED");

        assertProblem(api.post("/api/cohorts/" + cohortId + "/sessions", organiser, session), 409, "COMPLETED");
    }

    @Test
    void schedulesSingleSessionsAndAnswersBadInputWithProblems() {
        String cohortId = plannedCohort(List.of(), List.of());
        String sessions = "/api/cohorts/" + cohortId + "/sessions";
        Map<String, Object> session = Map.of("title", "Startbijeenkomst", "startsAt", "2025-10-07T12:00:00Z",
                "endsAt", "2025-10-07T15:00:00Z", "onlineLink", "https://meet.example.org/start");

        Api.Response first = api.post(sessions, organiser, session);
        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(first.json().get("sequence").asInt()).isEqualTo(1);
        assertThat(first.header("Location")).isEqualTo("/api/sessions/" + first.text("id"));
        assertThat(api.post(sessions, organiser, session).json().get("sequence").asInt()).isEqualTo(2);
        assertProblem(api.post(sessions, organiser, with(session, "sequence", 1)), 409, "already exists");
        assertProblem(api.post(sessions, organiser, with(session, "endsAt", "2025-10-07T11:00:00Z")), 422, "endsAt");
        assertProblem(api.post(sessions, organiser, with(session, "onlineLink", "ftp://files")), 422, "http");
        assertProblem(api.post(sessions, organiser, with(session, "title", "")), 400, "title");
        assertProblem(api.post(sessions, organiser, with(session, "place", "x".repeat(301))), 400, "place");
        assertProblem(api.post(sessions, organiser, with(session, "sequence", 51)), 400, "sequence");
        assertProblem(api.post(sessions, organiser, with(session, "agenda", List.of(Map.of("workForm", "DANCE",
                "minutes", 10)))), 400, "workForm");
        assertProblem(api.post(sessions, organiser, with(session, "agenda", List.of(Map.of("workForm", "OTHER",
                "minutes", 10, "instrumentId", UUID.randomUUID())))), 422, "instrument");
        assertProblem(api.post(sessions, organiser, with(session, "startsAt", "yesterday")), 400, "startsAt");
        assertProblem(api.post(sessions, organiser, with(session, "agenda", List.of(Map.of("workForm", "INTERVIEW",
                "minutes", 120), Map.of("workForm", "EVALUATION", "minutes", 90)))), 422, "210 minutes");
        assertProblem(api.post(sessions, token("p-ann", "participant"), session), 403, null);
        assertProblem(api.post("/api/cohorts/" + UUID.randomUUID() + "/sessions", organiser, session), 404, "cohort");
        assertProblem(api.post(sessions + "/from-blueprint", organiser, SeedRequests.weeklySlots(FIRST, 1)), 409,
                "blueprint");
        assertProblem(api.get(sessions + "?size=101", organiser), 400, "size");
        assertProblem(api.get("/api/sessions/" + UUID.randomUUID(), organiser), 404, "session");
        assertThat(api.get(sessions + "?size=1&page=1", organiser).json().get("totalPages").asInt()).isEqualTo(2);
    }

    @Test
    void showsSessionsOnlyToThoseInTheCohortAndRecordsAttendanceWithRates() {
        String cohortId = cohortFromBlueprint("fac-1");
        confirm(cohortId, "p-ann", "p-bea", "p-cas");
        String first = api.get("/api/cohorts/" + cohortId + "/sessions", organiser).json().get("items").get(0)
                .get("id").asString();
        String ann = token("p-ann", "participant");

        assertThat(api.get("/api/cohorts/" + cohortId + "/sessions", ann).json().get("totalItems").asInt()).isEqualTo(4);
        assertThat(api.get("/api/sessions/" + first, token("fac-1", "facilitator")).status()).isEqualTo(200);
        assertProblem(api.get("/api/sessions/" + first, token("p-zoe", "participant")), 404, "session");
        assertProblem(api.get("/api/cohorts/" + cohortId + "/sessions", token("fac-2", "facilitator")), 404, "cohort");

        String attendance = "/api/sessions/" + first + "/attendance";
        List<Map<String, String>> marks = List.of(Map.of("participantId", "p-ann", "status", "PRESENT"),
                Map.of("participantId", "p-bea", "status", "EXCUSED"));
        assertProblem(api.put(attendance, ann, Map.of("marks", marks)), 403, null);
        assertProblem(api.put(attendance, token("fac-2", "facilitator"), Map.of("marks", marks)), 404, "session");
        assertProblem(api.put(attendance, organiser, Map.of("marks", List.of(Map.of("participantId", "p-zoe",
                "status", "PRESENT")))), 422, "p-zoe");
        assertProblem(api.put(attendance, organiser, Map.of("marks", List.of(Map.of("participantId", "p-ann",
                "status", "LATE")))), 400, "status");

        Api.Response recorded = api.put(attendance, token("fac-1", "facilitator"), Map.of("marks", marks));

        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(200);
        assertThat(recorded.json().get("rate").asDouble()).isEqualTo(0.5);
        assertThat(recorded.json().get("unmarked").asInt()).isEqualTo(1);
        assertThat(recorded.text("recordedBy")).isEqualTo("fac-1");
        JsonNode own = api.get(attendance, ann).json();
        assertThat(own.get("marks")).singleElement().satisfies(m -> assertThat(m.get("status").asString()).isEqualTo("PRESENT"));
        assertThat(own.get("rate").isNull()).isTrue();

        JsonNode rates = api.get("/api/cohorts/" + cohortId + "/attendance", organiser).json();
        assertThat(rates.get("items").valueStream().map(r -> r.get("participantId").asString() + ":" + r.get("marked").asInt()))
                .containsExactly("p-ann:1", "p-bea:1", "p-cas:0");
        assertThat(rates.get("items").get(0).get("rate").asDouble()).isEqualTo(1.0);
        assertThat(api.get("/api/cohorts/" + cohortId + "/attendance", ann).json().get("items")).singleElement()
                .satisfies(r -> assertThat(r.get("participantId").asString()).isEqualTo("p-ann"));
        assertProblem(api.get("/api/cohorts/" + cohortId + "/attendance", token("p-zoe", "participant")), 404, "cohort");
        // A completed participant keeps their line: after completion every seat holder is COMPLETED.
        profile("p-dee", 1, "Deelnemer p-dee", "ROC Midden", "MBO");
        EnrolmentCompleted completed = new EnrolmentCompleted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                UUID.fromString(cohortId), "p-dee", 200);
        kafka.send(Topics.ENROLMENT_ENROLMENTS, completed.subject(), EventCatalog.of(completed).cloudEventType(),
                EventJson.write(completed));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/cohorts/" + cohortId
                + "/attendance", organiser).json().get("items").valueStream().map(r -> r.get("participantId").asString()))
                .containsExactly("p-ann", "p-bea", "p-cas", "p-dee"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                kafka.readAll(Topics.TRAJECTORY_SESSIONS, Duration.ofSeconds(2)).stream()
                        .filter(r -> r.key().equals(first))
                        .filter(r -> TestKafka.headers(r).get("ce_type").endsWith("AttendanceRecorded.v1"))
                        .map(r -> new String(r.value(), StandardCharsets.UTF_8)))
                .singleElement().satisfies(json -> assertThat(json).contains("\"attendanceVersion\":2")
                        .contains("p-bea").contains("EXCUSED")));
    }

    @Test
    void keepsInstrumentsWithTheirCardsAndVariants() {
        Api.Response map = api.post("/api/instruments", organiser, SeedRequests.lockRouteMap());
        assertThat(map.status()).as(map.raw()).isEqualTo(201);
        String participant = token("p-ann", "participant");

        JsonNode forNewSchools = api.get("/api/instruments/" + map.text("id") + "?variant=NEW_SCHOOLS", participant).json();
        assertThat(forNewSchools.get("steps").valueStream().map(s -> s.get("number").asInt() + ":" + s.get("title").asString()))
                .containsExactly("1:Informeren", "2:Urgentie creëren", "3:Eigenaarschap creëren", "4:Implementeren");
        assertThat(forNewSchools.get("steps").get(3).get("cards")).singleElement().satisfies(c ->
                assertThat(c.get("question").asString()).isEqualTo("Hoe is de facilitering geregeld?"));
        assertThat(api.get("/api/instruments?size=1", participant).json().get("items")).hasSize(1);
        assertProblem(api.post("/api/instruments", participant, SeedRequests.lockRouteMap()), 403, null);
        assertProblem(api.post("/api/instruments", organiser, Map.of("kind", "CARD_SET", "title", "Leeg")), 422,
                "card set");
        assertProblem(api.post("/api/instruments", organiser, Map.of("kind", "POSTER", "title", "X")), 400, "kind");
        assertProblem(api.get("/api/instruments/" + UUID.randomUUID(), participant), 404, "instrument");
        assertProblem(api.get("/api/instruments/" + map.text("id") + "?variant=OLD", participant), 400, null);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
