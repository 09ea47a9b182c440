package nl.koers.trajectory.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.events.Topics;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestKafka;
import nl.koers.trajectory.ServiceIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Development questions and stakeholder maps over HTTP: ownership, visibility per role, ETags, events. */
class DevelopmentQuestionsServiceIT extends ServiceIT {

    private final String ann = token("q-ann", "participant");
    private final String bea = token("q-bea", "participant");
    private final String dirk = token("q-dirk", "participant");
    private final String facilitator = token("q-fac", "facilitator");
    private final String otherFacilitator = token("q-fac-2", "facilitator");

    private String question(String cohortId, String token, String visibility) {
        Api.Response logged = api.post("/api/development-questions", token, Map.of("cohortId", cohortId,
                "text", "Hoe krijg ik mijn team mee in de kwaliteitscyclus? (" + visibility + ")",
                "scope", "INDIVIDUAL", "visibility", visibility));
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        return logged.text("id");
    }

    private List<String> visibleIds(String token, String cohortId) {
        Api.Response list = api.get("/api/development-questions?size=100&cohortId=" + cohortId, token);
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        return list.json().get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }

    @Test
    void everyoneSeesExactlyWhatTheOwnerShared() {
        String cohortId = plannedCohort(List.of(), List.of("q-fac"));
        String otherCohort = plannedCohort(List.of(), List.of("q-fac-2"));
        confirm(cohortId, "q-ann", "q-bea");
        confirm(otherCohort, "q-dirk");
        String privateOne = question(cohortId, ann, "PRIVATE");
        String forFacilitators = question(cohortId, ann, "FACILITATORS");
        String forCohort = question(cohortId, ann, "COHORT");

        assertThat(visibleIds(ann, cohortId)).containsExactlyInAnyOrder(privateOne, forFacilitators, forCohort);
        assertThat(visibleIds(bea, cohortId)).containsExactly(forCohort);
        assertThat(visibleIds(facilitator, cohortId)).containsExactlyInAnyOrder(forFacilitators, forCohort);
        assertThat(visibleIds(otherFacilitator, cohortId)).isEmpty();
        assertThat(visibleIds(dirk, cohortId)).isEmpty();
        assertThat(visibleIds(organiser, cohortId)).isEmpty();
        for (String id : List.of(privateOne, forFacilitators, forCohort)) {
            assertThat(api.get("/api/development-questions/" + id, ann).status()).isEqualTo(200);
            assertProblem(api.get("/api/development-questions/" + id, organiser), 404, "development question");
            assertProblem(api.get("/api/development-questions/" + id, otherFacilitator), 404, null);
            assertProblem(api.get("/api/development-questions/" + id, dirk), 404, null);
            assertProblem(api.get("/api/development-questions/" + id + "/stakeholder-map", organiser), 404, null);
        }
        assertProblem(api.get("/api/development-questions/" + privateOne, bea), 404, null);
        assertProblem(api.get("/api/development-questions/" + privateOne, facilitator), 404, null);
        assertProblem(api.get("/api/development-questions/" + privateOne + "/stakeholder-map", bea), 404, null);
        assertProblem(api.get("/api/development-questions/" + forFacilitators, bea), 404, null);
        assertThat(api.get("/api/development-questions/" + forFacilitators, facilitator).status()).isEqualTo(200);
        assertThat(api.get("/api/development-questions/" + forCohort, bea).text("participantId")).isEqualTo("q-ann");

        assertProblem(api.post("/api/development-questions/" + forCohort + "/revisions", bea,
                Map.of("text", "Overgenomen", "scope", "TEAM")), 403, "owns");
        assertProblem(api.post("/api/development-questions/" + privateOne + "/revisions", bea,
                Map.of("text", "Overgenomen", "scope", "TEAM")), 404, null);
        Api.Response shared = api.patch("/api/development-questions/" + privateOne, ann, Map.of("visibility", "COHORT"));
        assertThat(shared.text("visibility")).isEqualTo("COHORT");
        assertThat(api.get("/api/development-questions/" + privateOne, bea).status()).isEqualTo(200);
        assertThat(api.get("/api/development-questions?size=100", bea).json().get("totalItems").asInt()).isEqualTo(2);
    }

    @Test
    void onlyAConfirmedParticipantWritesAQuestionAndBadInputIsAProblem() {
        String cohortId = plannedCohort(List.of(), List.of("q-fac"));
        confirm(cohortId, "q-ann");
        Map<String, Object> request = Map.of("cohortId", cohortId, "text", "Mijn vraag", "scope", "TEAM",
                "visibility", "PRIVATE");

        assertProblem(api.post("/api/development-questions", dirk, request), 409, "confirmed participant");
        assertProblem(api.post("/api/development-questions", facilitator, request), 403, null);
        assertProblem(api.post("/api/development-questions", ann, Map.of("cohortId", cohortId, "text", "x".repeat(2001),
                "scope", "TEAM", "visibility", "PRIVATE")), 400, "text");
        assertProblem(api.post("/api/development-questions", ann, Map.of("cohortId", cohortId, "text", "Vraag",
                "scope", "GROUP", "visibility", "PRIVATE")), 400, "scope");
        assertProblem(api.post("/api/development-questions", ann, Map.of("text", "Vraag", "scope", "TEAM",
                "visibility", "PRIVATE")), 400, "cohortId");
        assertProblem(api.post("/api/development-questions", ann, Map.of("cohortId", UUID.randomUUID(), "text", "Vraag",
                "scope", "TEAM", "visibility", "PRIVATE")), 404, "cohort");
        assertProblem(api.get("/api/development-questions?cohortId=nope", ann), 400, null);
        assertProblem(api.get("/api/development-questions?size=0", ann), 400, "size");
        assertProblem(api.get("/api/development-questions/" + UUID.randomUUID(), ann), 404, null);
    }

    @Test
    void refinesAQuestionTwiceKeepingEveryRevisionAndPublishesNoText() {
        String cohortId = plannedCohort(List.of(), List.of("q-fac"));
        confirm(cohortId, "q-ann");
        String session = api.post("/api/cohorts/" + cohortId + "/sessions", organiser, Map.of("title", "Sessie 1",
                "startsAt", "2025-10-07T12:00:00Z", "endsAt", "2025-10-07T15:00:00Z", "place", "Utrecht")).text("id");
        String id = question(cohortId, ann, "FACILITATORS");
        String revisions = "/api/development-questions/" + id + "/revisions";

        assertThat(api.post(revisions, ann, Map.of("text", "Hoe betrek ik mijn team bij de kwaliteitscyclus?",
                "scope", "INDIVIDUAL", "sessionId", session, "note", "Na de interviews")).status()).isEqualTo(201);
        Api.Response refined = api.post(revisions, ann, Map.of("text", "Hoe maken wij als team de kwaliteitscyclus van ons?",
                "scope", "TEAM", "sessionId", session));
        assertProblem(api.post(revisions, ann, Map.of("text", "Hoe maken wij als team de kwaliteitscyclus van ons?",
                "scope", "TEAM")), 422, "repeats");
        assertProblem(api.post(revisions, ann, Map.of("text", "Andere", "scope", "TEAM",
                "sessionId", UUID.randomUUID())), 422, "session");

        assertThat(refined.status()).as(refined.raw()).isEqualTo(201);
        JsonNode history = api.get("/api/development-questions/" + id, facilitator).json();
        assertThat(history.get("scope").asString()).isEqualTo("TEAM");
        assertThat(history.get("revisions").valueStream().map(r -> r.get("number").asInt() + ":" + r.get("scope").asString()
                + ":" + (r.get("sessionId").isNull() ? "-" : "s"))).containsExactly("1:INDIVIDUAL:-", "2:INDIVIDUAL:s", "3:TEAM:s");
        assertThat(history.get("revisions").get(1).get("note").asString()).isEqualTo("Na de interviews");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> payloads = kafka.readAll(Topics.TRAJECTORY_DEVELOPMENT_QUESTIONS, Duration.ofSeconds(2)).stream()
                    .filter(r -> r.key().equals(id))
                    .map(r -> TestKafka.headers(r).get("ce_type") + " " + new String(r.value(), StandardCharsets.UTF_8))
                    .toList();
            assertThat(payloads).hasSize(3).noneMatch(p -> p.contains("kwaliteitscyclus") || p.contains("interviews"));
            assertThat(payloads.get(2)).contains("DevelopmentQuestionRefined.v1").contains("\"previousScope\":\"INDIVIDUAL\"")
                    .contains("\"scope\":\"TEAM\"").contains("\"revision\":3").contains(session);
        });
    }

    @Test
    void savesTheStakeholderMapWithOptimisticConcurrency() {
        String cohortId = plannedCohort(List.of(), List.of("q-fac"));
        confirm(cohortId, "q-ann", "q-bea");
        String id = question(cohortId, ann, "FACILITATORS");
        String map = "/api/development-questions/" + id + "/stakeholder-map";
        Map<String, Object> body = Map.of("stakeholders", List.of(
                Map.of("nameOrRole", "Marieke (opleidingsmanager)", "function", "opleidingsmanager", "level", "DEPARTMENT",
                        "influence", 5, "interest", 2, "stance", "NEUTRAL", "toInvolve", true, "note", "Nog spreken"),
                Map.of("nameOrRole", "Docententeam Zorg", "level", "TEAM", "influence", 2, "interest", 5,
                        "stance", "SUPPORTER"),
                Map.of("nameOrRole", "College van bestuur", "level", "BOARD", "influence", 5, "interest", 4)));

        Api.Response empty = api.get(map, ann);
        assertThat(empty.header("ETag")).isEqualTo("\"0\"");
        assertThat(empty.json().get("stakeholders")).isEmpty();
        assertProblem(api.put(map, ann, body), 428, "If-Match");
        Api.Response saved = api.send("PUT", map, ann, body, Map.of("If-Match", "\"0\""));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"1\"");
        assertThat(saved.json().get("stakeholders").valueStream().map(s -> s.get("quadrant").asString()))
                .containsExactly("KEEP_SATISFIED", "KEEP_INFORMED", "MANAGE_CLOSELY");
        assertThat(saved.json().get("stillToInvolve").valueStream().map(JsonNode::asString))
                .containsExactly("Marieke (opleidingsmanager)");
        assertThat(saved.json().get("quadrants").get("MANAGE_CLOSELY").asInt()).isEqualTo(1);
        assertThat(saved.json().get("stakeholders").get(2).get("stance").asString()).isEqualTo("UNKNOWN");
        assertProblem(api.send("PUT", map, ann, body, Map.of("If-Match", "\"0\"")), 412, "version 1");
        assertProblem(api.send("PUT", map, ann, body, Map.of("If-Match", "banana")), 412, null);

        assertThat(api.get(map, facilitator).json().get("version").asInt()).isEqualTo(1);
        assertProblem(api.send("PUT", map, facilitator, body, Map.of("If-Match", "\"1\"")), 403, null);
        assertProblem(api.get(map, bea), 404, null);
        assertProblem(api.send("PUT", map, bea, body, Map.of("If-Match", "\"1\"")), 404, null);
        assertProblem(api.send("PUT", map, ann, Map.of("stakeholders", Collections.nCopies(101,
                Map.of("nameOrRole", "x", "level", "TEAM", "influence", 1, "interest", 1))), Map.of("If-Match", "\"1\"")),
                400, "stakeholders");
        assertProblem(api.send("PUT", map, ann, Map.of("stakeholders", List.of(Map.of("nameOrRole", "x",
                "level", "TEAM", "influence", 6, "interest", 1))), Map.of("If-Match", "\"1\"")), 400, "influence");
        assertProblem(api.send("PUT", map, ann, Map.of("stakeholders", List.of(Map.of("nameOrRole", "x",
                "level", "CITY", "influence", 1, "interest", 1))), Map.of("If-Match", "\"1\"")), 400, "level");
        assertThat(api.send("PUT", map, ann, Map.of("stakeholders", List.of()), Map.of("If-Match", "\"1\""))
                .header("ETag")).isEqualTo("\"2\"");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                kafka.readAll(Topics.TRAJECTORY_DEVELOPMENT_QUESTIONS, Duration.ofSeconds(2)).stream()
                        .filter(r -> r.key().equals(id))
                        .filter(r -> TestKafka.headers(r).get("ce_type").endsWith("StakeholderMapUpdated.v1"))
                        .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList())
                .hasSize(2).first().satisfies(json -> assertThat(json).contains("\"stakeholders\":3")
                        .contains("\"stillToInvolve\":1").doesNotContain("Marieke").doesNotContain("Docententeam")));
    }
}
