package nl.koers.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.events.Topics;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestKafka;
import org.junit.jupiter.api.Test;

/** Reflections over HTTP, on a real Kafka broker and a MongoDB-protocol server, membership fed by events. */
class ReflectionApiIT extends StagedIT {

    private static final String PROBLEM = "application/problem+json";

    private final String organiser = Stage.token("organiser-1", "organiser");

    @Test
    void aParticipantWhoseMembershipArrivesAfterARefusedAttemptMayThenWrite() {
        UUID cohort = stage.cohort(List.of("fac-a"));
        String late = Stage.token("p-late", "participant");

        Api.Response refused = api.post("/api/reflections", late, reflection(cohort, "PRIVATE"));
        assertProblem(refused, 403);
        assertThat(refused.text("detail")).contains("confirmed participant");
        assertThat(refused.text("type")).isEqualTo("urn:koers:problem:not-a-confirmed-participant");
        assertThat(refused.text("title")).isEqualTo("Not a confirmed participant");

        stage.confirm(cohort, "p-late");
        Api.Response written = api.post("/api/reflections", late, reflection(cohort, "PRIVATE"));

        assertThat(written.status()).as(written.raw()).isEqualTo(201);
        assertThat(written.header("ETag")).isEqualTo("\"1\"");
        assertThat(written.header("Location")).isEqualTo("/api/reflections/" + written.text("id"));
    }

    @Test
    void aWithdrawnParticipantLosesWriteAccessButKeepsTheirOwnReflections() {
        UUID cohort = stage.cohort(List.of("fac-a"), "p-ann", "p-bea");
        String ann = Stage.token("p-ann", "participant");
        String bea = Stage.token("p-bea", "participant");
        String own = api.post("/api/reflections", ann, reflection(cohort, "COHORT")).text("id");
        String beas = api.post("/api/reflections", bea, reflection(cohort, "COHORT")).text("id");
        assertThat(api.get("/api/reflections/" + beas, ann).status()).isEqualTo(200);

        stage.withdraw(cohort, "p-ann");

        assertProblem(api.post("/api/reflections", ann, reflection(cohort, "PRIVATE")), 403);
        assertProblem(stage.send("PUT", "/api/reflections/" + own, ann, revision("COHORT"), Map.of()), 403);
        assertThat(api.get("/api/reflections/" + own, ann).status()).isEqualTo(200);
        assertProblem(api.get("/api/reflections/" + beas, ann), 404);
        assertThat(api.get("/api/reflections?cohortId=" + cohort, ann).json().get("totalItems").asInt()).isEqualTo(1);
        assertThat(stage.send("DELETE", "/api/reflections/" + own, ann, null, Map.of()).status()).isEqualTo(204);
        assertProblem(api.get("/api/reflections/" + own, ann), 404);
    }

    @Test
    void everyoneReadsExactlyWhatTheVisibilityAllowsAndOrganisersOnlyCounts() {
        UUID cohort = stage.cohort(List.of("fac-a"), "p-ann", "p-bea");
        UUID otherCohort = stage.cohort(List.of("fac-b"), "p-cas");
        String ann = Stage.token("p-ann", "participant");
        Map<String, String> readers = Map.of(
                "p-ann", ann,
                "p-bea", Stage.token("p-bea", "participant"),
                "fac-a", Stage.token("fac-a", "facilitator"),
                "fac-b", Stage.token("fac-b", "facilitator"),
                "p-cas", Stage.token("p-cas", "participant"),
                "organiser-1", organiser);
        Map<String, List<String>> mayRead = Map.of(
                "PRIVATE", List.of("p-ann"),
                "FACILITATORS", List.of("p-ann", "fac-a"),
                "COHORT", List.of("p-ann", "p-bea", "fac-a"));

        mayRead.forEach((visibility, allowed) -> {
            String id = api.post("/api/reflections", ann, reflection(cohort, visibility)).text("id");
            readers.forEach((reader, token) -> {
                Api.Response read = api.get("/api/reflections/" + id, token);
                int expected = allowed.contains(reader) ? 200 : 404;
                assertThat(read.status()).as(visibility + " read by " + reader + ": " + read.raw()).isEqualTo(expected);
                assertThat(read.raw().contains("Wat ik leerde")).isEqualTo(expected == 200);
            });
        });

        assertThat(listed(cohort, ann)).isEqualTo(3);
        assertThat(listed(cohort, readers.get("p-bea"))).isEqualTo(1);
        assertThat(listed(cohort, readers.get("fac-a"))).isEqualTo(2);
        assertThat(listed(cohort, readers.get("fac-b"))).isZero();
        assertThat(listed(cohort, organiser)).isZero();
        assertThat(api.get("/api/reflections?cohortId=" + otherCohort, ann).json().get("totalItems").asInt()).isZero();
        Api.Response counts = api.get("/api/reflections/counts?cohortId=" + cohort, organiser);
        assertThat(counts.status()).as(counts.raw()).isEqualTo(200);
        assertThat(counts.json().get("total").asInt()).isEqualTo(3);
        assertThat(counts.raw()).doesNotContain("Wat ik leerde");
        assertProblem(api.get("/api/reflections/counts?cohortId=" + cohort, readers.get("fac-b")), 404);
        assertProblem(api.get("/api/reflections/counts?cohortId=" + cohort, ann), 403);
    }

    @Test
    void revisesAndDeletesOnlyTheVersionTheOwnerLastRead() {
        UUID cohort = stage.cohort(List.of("fac-a"), "p-ann", "p-bea");
        String ann = Stage.token("p-ann", "participant");
        String id = api.post("/api/reflections", ann, reflection(cohort, "COHORT")).text("id");
        String path = "/api/reflections/" + id;

        Api.Response revised = stage.send("PUT", path, ann, revision("FACILITATORS"), Map.of("If-Match", "\"1\""));
        assertThat(revised.status()).as(revised.raw()).isEqualTo(200);
        assertThat(revised.header("ETag")).isEqualTo("\"2\"");
        assertThat(revised.text("visibility")).isEqualTo("FACILITATORS");

        assertProblem(stage.send("PUT", path, ann, revision("COHORT"), Map.of("If-Match", "\"1\"")), 412);
        assertProblem(stage.send("PUT", path, ann, revision("COHORT"), Map.of("If-Match", "\"abc\"")), 412);
        assertProblem(stage.send("DELETE", path, ann, null, Map.of("If-Match", "\"1\"")), 412);
        // Without If-Match the current version is revised.
        assertThat(stage.send("PUT", path, ann, revision("COHORT"), Map.of()).header("ETag")).isEqualTo("\"3\"");
        // Bea may read it (COHORT) but not change it.
        Api.Response notHers = stage.send("PUT", path, Stage.token("p-bea", "participant"), revision("PRIVATE"), Map.of());
        assertProblem(notHers, 403);
        assertThat(notHers.text("type")).isEqualTo("urn:koers:problem:not-the-owner");
        assertThat(notHers.text("title")).isEqualTo("Not your reflection");
        assertThat(stage.send("DELETE", path, ann, null, Map.of("If-Match", "\"3\"")).status()).isEqualTo(204);
    }

    @Test
    void aParticipantWhoCompletedTheCohortStillWritesAndRevisesReflections() {
        UUID cohort = stage.cohort(List.of("fac-a"), "p-done");
        String done = Stage.token("p-done", "participant");
        String before = api.post("/api/reflections", done, reflection(cohort, "COHORT")).text("id");

        stage.complete(cohort, List.of("fac-a"), "p-done");

        Api.Response after = api.post("/api/reflections", done, reflection(cohort, "FACILITATORS"));
        assertThat(after.status()).as(after.raw()).isEqualTo(201);
        assertThat(stage.send("PUT", "/api/reflections/" + before, done, revision("PRIVATE"), Map.of()).status())
                .isEqualTo(200);
        assertThat(api.get("/api/reflections/" + after.text("id"), Stage.token("fac-a", "facilitator")).status())
                .isEqualTo(200);
    }

    @Test
    void organisersAttachPromptsToASessionThatReflectionsAnswer() {
        UUID cohort = stage.cohort(List.of("fac-a"), "p-ann");
        UUID session = stage.session(cohort, 2, Instant.now().plusSeconds(86_400), Instant.now().plusSeconds(90_000));
        String ann = Stage.token("p-ann", "participant");
        Map<String, Object> prompts = Map.of("prompts", List.of(
                Map.of("key", "rol", "question", "De rol die je krijgt en de rol die je zelf neemt"),
                Map.of("key", "tevreden-trots", "question", "Wanneer zijn we tevreden, wanneer trots?")));

        assertProblem(api.put("/api/reflections/prompts/" + session, ann, prompts), 403);
        assertProblem(api.put("/api/reflections/prompts/" + UUID.randomUUID(), organiser, prompts), 404);
        Api.Response attached = api.put("/api/reflections/prompts/" + session, organiser, prompts);
        assertThat(attached.status()).as(attached.raw()).isEqualTo(200);
        assertThat(api.get("/api/reflections/prompts/" + session, ann).json().get("prompts").size()).isEqualTo(2);
        assertProblem(api.get("/api/reflections/prompts/" + session, Stage.token("p-out", "participant")), 404);

        Api.Response answered = api.post("/api/reflections", ann, Map.of("cohortId", cohort, "sessionId", session,
                "text", "Na sessie 2", "visibility", "PRIVATE",
                "prompts", Map.of("rol", "Ik neem meer dan me is toegewezen", "tevreden-trots", "Trots op het team")));
        assertThat(answered.status()).as(answered.raw()).isEqualTo(201);
        assertThat(answered.json().get("prompts").get("rol").asString()).startsWith("Ik neem");
        assertProblem(api.post("/api/reflections", ann, Map.of("cohortId", cohort, "sessionId", session,
                "text", "x", "visibility", "PRIVATE", "prompts", Map.of("onbekend", "x"))), 422);
        assertProblem(api.post("/api/reflections", ann, Map.of("cohortId", cohort, "sessionId", UUID.randomUUID(),
                "text", "x", "visibility", "PRIVATE")), 422);
    }

    @Test
    void refusesBadInputWithProblemDetails() {
        UUID cohort = stage.cohort(List.of("fac-a"), "p-ann");
        String ann = Stage.token("p-ann", "participant");

        assertProblem(api.post("/api/reflections", ann, Map.of("cohortId", cohort, "visibility", "PRIVATE")), 400);
        assertProblem(api.post("/api/reflections", ann, Map.of("cohortId", cohort, "text", "x".repeat(10_001),
                "visibility", "PRIVATE")), 400);
        assertProblem(api.post("/api/reflections", ann, Map.of("cohortId", cohort, "text", "x", "visibility", "PUBLIC")), 400);
        assertProblem(api.post("/api/reflections", ann, Map.of("cohortId", "not-a-uuid", "text", "x", "visibility", "PRIVATE")), 400);
        assertProblem(api.post("/api/reflections", ann, "{broken"), 400);
        assertProblem(api.post("/api/reflections", ann, Map.of("cohortId", cohort, "text", "x", "visibility", "PRIVATE",
                "prompts", Map.of("Bad Key!", "x"))), 400);
        assertProblem(api.get("/api/reflections?cohortId=" + cohort + "&size=101", ann), 400);
        assertProblem(api.get("/api/reflections?page=-1", ann), 400);
        assertProblem(api.get("/api/reflections/not-a-uuid", ann), 400);
        assertProblem(api.get("/api/reflections/" + UUID.randomUUID(), ann), 404);
        assertProblem(api.get("/api/reflections", null), 401);
    }

    @Test
    void publishesReflectionWrittenWithoutTheText() {
        UUID cohort = stage.cohort(List.of("fac-a"), "p-ann");
        String id = api.post("/api/reflections", Stage.token("p-ann", "participant"), reflection(cohort, "PRIVATE")).text("id");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                stage.kafka.readAll(Topics.REFLECTION_REFLECTIONS, Duration.ofSeconds(2)))
                .filteredOn(r -> id.equals(r.key())).singleElement().satisfies(r -> {
                    String payload = new String(r.value(), StandardCharsets.UTF_8);
                    assertThat(payload).contains(cohort.toString()).contains("\"visibility\":\"PRIVATE\"")
                            .doesNotContain("Wat ik leerde");
                    assertThat(TestKafka.headers(r)).containsEntry("ce_type", "nl.koers.reflection.ReflectionWritten.v1");
                }));
    }

    private int listed(UUID cohort, String token) {
        Api.Response list = api.get("/api/reflections?cohortId=" + cohort + "&page=0&size=100", token);
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        return list.json().get("totalItems").asInt();
    }

    private static Map<String, Object> reflection(UUID cohort, String visibility) {
        return Map.of("cohortId", cohort, "text", "Wat ik leerde over gedeelde verantwoordelijkheid",
                "visibility", visibility);
    }

    private static Map<String, Object> revision(String visibility) {
        return Map.of("text", "Herzien: wat ik leerde", "visibility", visibility);
    }

    static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM);
    }
}
