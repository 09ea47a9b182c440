package nl.koers.reflection;

import static nl.koers.reflection.ReflectionApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.events.Topics;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;

/** Cases, interventions and feedback over HTTP, on real Kafka and the MongoDB-protocol server. */
class InterventionApiIT extends StagedIT {

    private final String organiser = Stage.token("organiser-1", "organiser");
    private final String ann = Stage.token("p-ann", "participant");
    private final String bea = Stage.token("p-bea", "participant");
    private final String facilitator = Stage.token("fac-a", "facilitator");

    @Test
    void casesAreAnalysedWithTheCohortsRoleFanWhichTheOrganiserDefines() {
        UUID cohort = stage.cohort(List.of("fac-a"), "p-ann", "p-bea");

        Api.Response defaults = api.get("/api/role-fans/" + cohort, ann);
        assertThat(defaults.status()).as(defaults.raw()).isEqualTo(200);
        assertThat(defaults.json().get("roles").size()).isEqualTo(4);
        Api.Response brought = api.post("/api/cases", ann, Map.of("cohortId", cohort,
                "title", "Uitval in leerjaar 1", "situation", "Teams zien de oorzaken van uitval niet",
                "roles", List.of(Map.of("role", "team", "contribution", "Data samen duiden"),
                        Map.of("role", "board", "contribution", "Tijd vrijmaken"))));
        assertThat(brought.status()).as(brought.raw()).isEqualTo(201);
        assertThat(brought.text("status")).isEqualTo("ANALYSED");
        assertThat(brought.json().get("roles").get(0).get("roleKey").asString()).isEqualTo("board");
        String caseId = brought.text("id");

        assertProblem(api.put("/api/role-fans/" + cohort, ann, roles()), 403);
        Api.Response defined = api.put("/api/role-fans/" + cohort, organiser, roles());
        assertThat(defined.status()).as(defined.raw()).isEqualTo(200);
        assertProblem(api.put("/api/cases/" + caseId + "/analysis", ann,
                Map.of("roles", List.of(Map.of("role", "board", "contribution", "x")))), 422);
        Api.Response reanalysed = api.put("/api/cases/" + caseId + "/analysis", ann,
                Map.of("roles", List.of(Map.of("role", "student", "contribution", "Meedenken"))));
        assertThat(reanalysed.status()).as(reanalysed.raw()).isEqualTo(200);
        assertThat(reanalysed.header("ETag")).isEqualTo("\"3\"");

        assertThat(api.get("/api/cases/" + caseId, bea).status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + caseId, facilitator).status()).isEqualTo(200);
        assertProblem(api.get("/api/cases/" + caseId, organiser), 404);
        assertProblem(api.put("/api/cases/" + caseId + "/analysis", bea,
                Map.of("roles", List.of(Map.of("role", "student", "contribution", "x")))), 403);
        assertThat(api.get("/api/cases?cohortId=" + cohort, organiser).json().get("totalItems").asInt()).isZero();
        assertProblem(api.get("/api/role-fans/" + cohort, Stage.token("p-out", "participant")), 404);
    }

    @Test
    void aWorkGroupCarriesOutAnActionPlanAndReflectsAfterFeedback() {
        UUID cohort = stage.cohort(List.of("fac-a"), "p-ann", "p-bea", "p-cas");
        Api.Response planned = api.post("/api/interventions", ann, Map.of("cohortId", cohort, "kind", "ACTION_PLAN",
                "title", "Kwaliteitsdialoog in het team", "goal", "Samen benoemen wanneer we tevreden en trots zijn",
                "coOwnerIds", List.of("p-bea"),
                "steps", List.of(Map.of("description", "Teamoverleg plannen", "who", "teamleider", "dueDate", "2026-04-01"),
                        Map.of("description", "Kaartenset gebruiken", "who", "team"))));
        assertThat(planned.status()).as(planned.raw()).isEqualTo(201);
        assertThat(planned.text("status")).isEqualTo("PLANNED");
        assertThat(planned.json().get("steps").get(1).get("position").asInt()).isEqualTo(2);
        String path = "/api/interventions/" + planned.text("id");

        assertProblem(api.post(path + "/carry-out", ann, Map.of("experience", "te vroeg")), 409);
        assertThat(stage.send("POST", path + "/start", bea, null, Map.of("If-Match", "\"1\"")).status()).isEqualTo(200);
        assertProblem(stage.send("POST", path + "/start", ann, null, Map.of()), 409);
        assertProblem(api.post(path + "/start", Stage.token("p-cas", "participant"), null), 403);
        Api.Response carried = api.post(path + "/carry-out", ann, Map.of("experience", "Het team nam het over"));
        assertThat(carried.text("status")).as(carried.raw()).isEqualTo("CARRIED_OUT");
        assertProblem(api.post(path + "/reflect", ann, Map.of("nextSteps", "verder")), 409);

        assertProblem(api.post(path + "/feedback", bea, Map.of("text", "eigen werk")), 422);
        assertThat(api.post(path + "/feedback", Stage.token("p-cas", "participant"), Map.of("text", "Sterk!")).status())
                .isEqualTo(201);
        Api.Response fromFacilitator = api.post(path + "/feedback", facilitator, Map.of("text", "Betrek het bestuur"));
        assertThat(fromFacilitator.text("giverRole")).as(fromFacilitator.raw()).isEqualTo("FACILITATOR");
        assertThat(api.get(path + "/feedback", ann).json().get("totalItems").asInt()).isEqualTo(2);
        assertProblem(api.get(path + "/feedback", organiser), 404);
        assertProblem(api.get(path, organiser), 404);

        Api.Response reflected = api.post(path + "/reflect", bea, Map.of("nextSteps", "Naar het hele college"));
        assertThat(reflected.text("status")).as(reflected.raw()).isEqualTo("REFLECTED");
        assertProblem(api.post(path + "/reflect", bea, Map.of("nextSteps", "nog eens")), 409);
        assertProblem(stage.send("PUT", path, ann, Map.of("kind", "ACTION_PLAN", "title", "t", "goal", "g",
                "steps", List.of(Map.of("description", "d", "who", "w"))), Map.of()), 409);
    }

    @Test
    void enforcesTheShapeOfEachKindAndWhoMayOwnAndSeeIt() {
        UUID cohort = stage.cohort(List.of("fac-a"), "p-ann", "p-bea");
        stage.cohort(List.of("fac-b"), "p-out");

        assertProblem(api.post("/api/interventions", ann, compact(cohort, "COMPACT", List.of(Map.of("description", "d", "who", "w")))), 422);
        assertProblem(api.post("/api/interventions", ann, compact(cohort, "ACTION_PLAN", List.of())), 422);
        assertProblem(api.post("/api/interventions", ann, compact(cohort, "SOMETHING", List.of())), 400);
        assertProblem(api.post("/api/interventions", ann, Map.of("cohortId", cohort, "kind", "COMPACT", "title", "t",
                "goal", "g", "coOwnerIds", List.of("p-out"))), 422);
        assertProblem(api.post("/api/interventions", ann, Map.of("cohortId", cohort, "kind", "COMPACT", "title", "t",
                "goal", "g", "caseId", UUID.randomUUID())), 422);
        assertProblem(api.post("/api/interventions", facilitator, compact(cohort, "COMPACT", List.of())), 403);
        assertProblem(api.get("/api/interventions?cohortId=" + cohort + "&size=0", ann), 400);
        for (String dueDate : List.of("+999999999-12-31", "1900-01-01", "2101-01-01")) {
            Api.Response farOff = api.post("/api/interventions", ann, compact(cohort, "ACTION_PLAN",
                    List.of(Map.of("description", "d", "who", "w", "dueDate", dueDate))));
            assertProblem(farOff, 422);
            assertThat(farOff.text("detail")).as(farOff.raw()).contains("between 2000-01-01 and 2100-12-31");
        }
        assertProblem(api.post("/api/interventions", ann, compact(cohort, "ACTION_PLAN",
                List.of(Map.of("description", "d", "who", "w", "dueDate", "2026-02-30")))), 400);

        Api.Response privatePlan = api.post("/api/interventions", ann, Map.of("cohortId", cohort, "kind", "COMPACT",
                "title", "Gesprek met mijn leidinggevende", "goal", "Rolhelderheid", "visibility", "PRIVATE"));
        String path = "/api/interventions/" + privatePlan.text("id");
        assertThat(api.get(path, ann).status()).isEqualTo(200);
        assertProblem(api.get(path, bea), 404);
        assertProblem(api.get(path, facilitator), 404);
        assertProblem(api.post(path + "/feedback", bea, Map.of("text", "x")), 404);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                stage.kafka.readAll(Topics.REFLECTION_INTERVENTIONS, Duration.ofSeconds(2)))
                .filteredOn(r -> privatePlan.text("id").equals(r.key())).singleElement()
                .satisfies(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                        .contains("\"kind\":\"COMPACT\"").doesNotContain("leidinggevende")));
    }

    private static Map<String, Object> compact(UUID cohort, String kind, List<Map<String, String>> steps) {
        return Map.of("cohortId", cohort, "kind", kind, "title", "Kort", "goal", "Doel", "steps", steps);
    }

    private static Map<String, Object> roles() {
        return Map.of("roles", List.of(Map.of("key", "team", "label", "Onderwijsteam"),
                Map.of("key", "student", "label", "Student")));
    }
}
