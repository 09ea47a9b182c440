package nl.koers.reflection;

import static nl.koers.reflection.ReflectionApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.koers.events.Topics;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;

/** Trajectory evaluations over HTTP, with sessions arriving as trajectory-service's events. */
class EvaluationApiIT extends StagedIT {


    private final String organiser = Stage.token("organiser-1", "organiser");

    @Test
    void participantsEvaluateOnceAfterTheLastSessionAndTheSummaryAppearsFromFiveResponses() {
        List<String> participants = IntStream.rangeClosed(1, 6).mapToObj(n -> "p-eval-" + n).toList();
        UUID cohort = stage.cohort(List.of("fac-a"), participants.toArray(String[]::new));
        stage.confirm(cohort, "p-gone");
        stage.withdraw(cohort, "p-gone");
        Instant now = Instant.now();
        stage.session(cohort, 1, now.minusSeconds(90_000), now.minusSeconds(86_400));
        UUID last = stage.session(cohort, 2, now.plusSeconds(3_000), now.plusSeconds(4_000));
        String first = Stage.token(participants.getFirst(), "participant");

        Api.Response tooEarly = api.post("/api/evaluations", first, evaluation(cohort, RATINGS));
        assertProblem(tooEarly, 409);
        assertThat(tooEarly.text("detail")).contains("last session");

        stage.send(new nl.koers.events.SessionCancelled(UUID.randomUUID(), Instant.now(), last, 2,
                new nl.koers.events.SessionFacts(cohort, memberships.of(cohort).trajectoryId(), 2,
                        now.plusSeconds(3_000), now.plusSeconds(4_000), "CANCELLED", null, null, null)));
        await().atMost(Stage.CONVERGENCE).until(() -> memberships.of(cohort).isOver(Instant.now()));

        assertProblem(api.post("/api/evaluations", first, evaluation(cohort, Map.of("relevance", 4))), 422);
        assertProblem(api.post("/api/evaluations", first, evaluation(cohort, Map.of("relevance", 6))), 400);
        assertProblem(api.post("/api/evaluations", first, evaluation(cohort, Map.of("Bad Key", 3))), 400);
        assertProblem(api.post("/api/evaluations", Stage.token("p-gone", "participant"), evaluation(cohort, RATINGS)), 403);
        for (String participant : participants.subList(0, 4)) {
            Api.Response submitted = api.post("/api/evaluations", Stage.token(participant, "participant"),
                    evaluation(cohort, RATINGS));
            assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        }
        assertProblem(api.post("/api/evaluations", first, evaluation(cohort, RATINGS)), 409);

        Api.Response suppressed = api.get("/api/evaluations/summary?cohortId=" + cohort, organiser);
        assertThat(suppressed.status()).as(suppressed.raw()).isEqualTo(200);
        assertThat(suppressed.json().get("suppressed").asBoolean()).isTrue();
        assertThat(suppressed.json().has("responses")).isFalse();
        assertThat(suppressed.json().has("items")).isFalse();
        assertThat(suppressed.raw()).doesNotContain("Sparren");

        api.post("/api/evaluations", Stage.token(participants.get(4), "participant"), evaluation(cohort, RATINGS));
        Api.Response summary = api.get("/api/evaluations/summary?cohortId=" + cohort, Stage.token("fac-a", "facilitator"));
        assertThat(summary.json().get("suppressed").asBoolean()).as(summary.raw()).isFalse();
        assertThat(summary.json().get("responses").asInt()).isEqualTo(5);
        assertThat(summary.json().get("items").get(0).get("average").asDouble()).isEqualTo(4.0);
        assertThat(summary.json().get("items").get(0).get("distribution").get("4").asInt()).isEqualTo(5);
        assertThat(summary.json().get("comments").size()).isEqualTo(5);
        assertThat(summary.raw()).doesNotContain("p-eval");
        assertProblem(api.get("/api/evaluations/summary?cohortId=" + cohort, first), 403);
        assertProblem(api.get("/api/evaluations/summary?cohortId=" + cohort, Stage.token("fac-b", "facilitator")), 404);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                stage.kafka.readAll(Topics.REFLECTION_EVALUATIONS, Duration.ofSeconds(2)))
                .filteredOn(r -> cohort.toString().equals(r.key())).hasSize(5)
                .allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                        .contains("\"ratings\"").doesNotContain("p-eval").doesNotContain("Sparren")));
    }

    @Test
    void participantsWhoCompletedEvaluateOnceTheOrganiserCompletedTheCohortEvenWithoutKnownSessions() {
        UUID cohort = stage.cohort(List.of("fac-a"), "p-done-1", "p-done-2");
        String first = Stage.token("p-done-1", "participant");
        assertProblem(api.post("/api/evaluations", first, evaluation(cohort, RATINGS)), 409);

        stage.complete(cohort, List.of("fac-a"), "p-done-1", "p-done-2");

        Api.Response submitted = api.post("/api/evaluations", first, evaluation(cohort, RATINGS));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        assertProblem(api.post("/api/evaluations", first, evaluation(cohort, RATINGS)), 409);
        assertThat(api.post("/api/evaluations", Stage.token("p-done-2", "participant"), evaluation(cohort, RATINGS))
                .status()).isEqualTo(201);
    }

    @Test
    void organisersConfigureTheItemsPerTrajectory() {
        UUID cohort = stage.cohort(List.of("fac-a"), "p-items");
        UUID trajectory = memberships.of(cohort).trajectoryId();
        stage.session(cohort, 1, Instant.now().minusSeconds(7_200), Instant.now().minusSeconds(3_600));
        String participant = Stage.token("p-items", "participant");
        assertThat(api.get("/api/evaluations/items?cohortId=" + cohort, participant).json().get("items").size()).isEqualTo(5);
        Map<String, Object> items = Map.of("items", List.of(Map.of("key", "inhoud", "label", "Inhoud"),
                Map.of("key", "werkvormen", "label", "Werkvormen")));

        assertProblem(api.put("/api/evaluations/items/" + trajectory, participant, items), 403);
        assertProblem(api.put("/api/evaluations/items/" + trajectory, organiser, Map.of("items", List.of())), 400);
        Api.Response configured = api.put("/api/evaluations/items/" + trajectory, organiser, items);
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        assertThat(api.get("/api/evaluations/items/" + trajectory, participant).json().get("version").asInt()).isEqualTo(1);

        Api.Response wrongItems = api.post("/api/evaluations", participant, evaluation(cohort, RATINGS));
        assertProblem(wrongItems, 422);
        assertThat(wrongItems.text("detail")).contains("inhoud");
        assertThat(api.post("/api/evaluations", participant,
                evaluation(cohort, Map.of("inhoud", 5, "werkvormen", 4))).status()).isEqualTo(201);
    }

    private static Map<String, Object> evaluation(UUID cohort, Map<String, Integer> ratings) {
        return Map.of("cohortId", cohort, "ratings", ratings, "comment", "Sparren met collega's was waardevol");
    }
}
