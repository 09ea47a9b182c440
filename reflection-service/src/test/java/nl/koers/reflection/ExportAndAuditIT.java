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
import java.util.function.Predicate;
import nl.koers.events.ReflectionActionAudited;
import nl.koers.events.Topics;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A participant's export of their reflection part, and the audit trail of what staff change, over HTTP and Kafka. */
class ExportAndAuditIT extends StagedIT {

    private static final Duration AUDITING = Duration.ofSeconds(40);

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String ann = "p-ann-" + tag;
    private final String bea = "p-bea-" + tag;
    private final String facilitator = "fac-" + tag;

    @Test
    void exportsAParticipantsOwnRecordsAndOfOthersNoMoreThanTheirRole() {
        UUID cohort = stage.cohort(List.of(facilitator), ann, bea);
        UUID notEvaluated = stage.cohort(List.of(facilitator), ann);
        stage.session(cohort, 1, Instant.now().minusSeconds(7_200), Instant.now().minusSeconds(3_600));
        String annToken = Stage.token(ann, "participant");
        String beaToken = Stage.token(bea, "participant");
        String reflection = created(api.post("/api/reflections", annToken, Map.of("cohortId", cohort,
                "text", "Mijn reflectie " + tag, "visibility", "PRIVATE")));
        created(api.post("/api/reflections", beaToken, Map.of("cohortId", cohort, "text", "Bea deelt " + tag,
                "visibility", "COHORT")));
        String brought = created(api.post("/api/cases", annToken, Map.of("cohortId", cohort, "title", "Uitval",
                "situation", "Mijn casus " + tag, "roles", List.of(Map.of("role", "team", "contribution", "Duiden")))));
        String plan = created(api.post("/api/interventions", annToken, Map.of("cohortId", cohort,
                "kind", "ACTION_PLAN", "title", "Mijn plan", "goal", "Mijn doel " + tag,
                "steps", List.of(Map.of("description", "Mijn stap " + tag, "who", "teamleider", "dueDate", "2027-03-01")))));
        String coOwned = created(api.post("/api/interventions", beaToken, Map.of("cohortId", cohort,
                "kind", "COMPACT", "title", "Samen", "goal", "Samen doen", "coOwnerIds", List.of(ann))));
        String beasOwn = created(api.post("/api/interventions", beaToken, Map.of("cohortId", cohort,
                "kind", "COMPACT", "title", "Van Bea", "goal", "Bea's doel " + tag)));
        created(api.post("/api/interventions/" + plan + "/feedback", beaToken, Map.of("text", "Van Bea " + tag)));
        created(api.post("/api/interventions/" + plan + "/feedback", Stage.token(facilitator, "facilitator"),
                Map.of("text", "Van de begeleider " + tag)));
        created(api.post("/api/interventions/" + beasOwn + "/feedback", annToken, Map.of("text", "Aan Bea " + tag)));
        created(api.post("/api/evaluations", annToken, Map.of("cohortId", cohort, "ratings", RATINGS,
                "comment", "Anoniem commentaar " + tag)));

        Api.Response export = api.get("/api/privacy/reflection/export", annToken);

        assertThat(export.status()).as(export.raw()).isEqualTo(200);
        JsonNode part = export.json();
        assertThat(part.get("part").asString()).isEqualTo("reflection");
        assertThat(part.get("participantId").asString()).isEqualTo(ann);
        assertThat(part.get("reflections")).singleElement().satisfies(r -> {
            assertThat(r.get("id").asString()).isEqualTo(reflection);
            assertThat(r.get("text").asString()).isEqualTo("Mijn reflectie " + tag);
        });
        assertThat(part.get("cases")).singleElement().satisfies(c -> {
            assertThat(c.get("id").asString()).isEqualTo(brought);
            assertThat(c.get("roles").get(0).get("contribution").asString()).isEqualTo("Duiden");
        });
        assertThat(part.get("interventions")).hasSize(2).anySatisfy(i -> {
            assertThat(i.get("id").asString()).isEqualTo(plan);
            assertThat(i.get("ownership").asString()).isEqualTo("PLANNER");
            assertThat(i.get("steps").get(0).get("description").asString()).isEqualTo("Mijn stap " + tag);
            assertThat(i.get("steps").get(0).get("dueDate").asString()).isEqualTo("2027-03-01");
        }).anySatisfy(i -> {
            assertThat(i.get("id").asString()).isEqualTo(coOwned);
            assertThat(i.get("ownership").asString()).isEqualTo("CO_OWNER");
        });
        assertThat(part.get("feedbackGiven")).singleElement().satisfies(f -> {
            assertThat(f.get("interventionId").asString()).isEqualTo(beasOwn);
            assertThat(f.get("text").asString()).isEqualTo("Aan Bea " + tag);
        });
        assertThat(part.get("feedbackReceived")).hasSize(2)
                .allSatisfy(f -> assertThat(f.get("interventionId").asString()).isEqualTo(plan))
                .extracting(f -> f.get("giverRole").asString()).containsExactlyInAnyOrder("PARTICIPANT", "FACILITATOR");
        assertThat(part.get("evaluations")).hasSize(2).anySatisfy(e -> {
            assertThat(e.get("cohortId").asString()).isEqualTo(cohort.toString());
            assertThat(e.get("submitted").asBoolean()).isTrue();
        }).anySatisfy(e -> {
            assertThat(e.get("cohortId").asString()).isEqualTo(notEvaluated.toString());
            assertThat(e.get("submitted").asBoolean()).isFalse();
        });
        assertThat(export.raw()).doesNotContain(bea).doesNotContain(facilitator).doesNotContain("Bea deelt")
                .doesNotContain("Bea's doel").doesNotContain("Anoniem commentaar").doesNotContain("\"ratings\"");

        await().atMost(AUDITING).until(() -> !audited(e -> "participant.exported".equals(e.entry().action())
                && ann.equals(e.entry().actorId())).isEmpty());
    }

    @Test
    void answersAnEmptyPartToAParticipantWithNothingHereAndRefusesOtherRoles() {
        Api.Response empty = api.get("/api/privacy/reflection/export", Stage.token("p-nobody-" + tag, "participant"));

        assertThat(empty.status()).as(empty.raw()).isEqualTo(200);
        for (String section : List.of("reflections", "cases", "interventions", "feedbackGiven", "feedbackReceived",
                "evaluations")) {
            assertThat(empty.json().get(section)).as(section).isEmpty();
        }
        for (String role : List.of("organiser", "facilitator", "admin", "coalition")) {
            assertProblem(api.get("/api/privacy/reflection/export", Stage.token(role + "-" + tag, role)), 403);
        }
        assertProblem(api.get("/api/privacy/reflection/export", null), 401);
    }

    @Test
    void auditsWhatStaffChangeWithoutTheirTextButNotWhatParticipantsWrite() {
        UUID cohort = stage.cohort(List.of(facilitator), ann, bea);
        UUID session = stage.session(cohort, 1, Instant.now().plusSeconds(3_600), Instant.now().plusSeconds(7_200));
        UUID trajectory = memberships.of(cohort).trajectoryId();
        String organiser = "organiser-" + tag;
        String admin = "admin-" + tag;
        String question = "Vraag van de organisator " + tag;

        assertThat(api.put("/api/reflections/prompts/" + session, Stage.token(organiser, "organiser"),
                Map.of("prompts", List.of(Map.of("key", "rol", "question", question)))).status()).isEqualTo(200);
        assertThat(api.put("/api/role-fans/" + cohort, Stage.token(organiser, "organiser"),
                Map.of("roles", List.of(Map.of("key", "team", "label", "Onderwijsteam")))).status()).isEqualTo(200);
        assertThat(api.put("/api/evaluations/items/" + trajectory, Stage.token(admin, "admin"),
                Map.of("items", List.of(Map.of("key", "inhoud", "label", "Inhoud")))).status()).isEqualTo(200);
        String plan = created(api.post("/api/interventions", Stage.token(ann, "participant"), Map.of("cohortId", cohort,
                "kind", "COMPACT", "title", "t", "goal", "g")));
        String byFacilitator = created(api.post("/api/interventions/" + plan + "/feedback",
                Stage.token(facilitator, "facilitator"), Map.of("text", "Begeleider zegt " + tag)));
        String byPeer = created(api.post("/api/interventions/" + plan + "/feedback", Stage.token(bea, "participant"),
                Map.of("text", "Collega zegt " + tag)));

        await().atMost(AUDITING).untilAsserted(() -> {
            List<ReflectionActionAudited> audited = audited(e -> List.of(session.toString(), cohort.toString(),
                    trajectory.toString(), byFacilitator, byPeer).contains(e.entry().recordId()));
            assertThat(audited).extracting(e -> e.entry().action() + " " + e.entry().recordType() + " "
                            + e.entry().recordId() + " by " + e.entry().actorId() + " as " + e.entry().actorRole())
                    .containsExactlyInAnyOrder(
                            "reflection-prompts.replaced reflection-prompts " + session + " by " + organiser + " as organiser",
                            "role-fan.defined role-fan " + cohort + " by " + organiser + " as organiser",
                            "evaluation-items.configured evaluation-items " + trajectory + " by " + admin + " as admin",
                            "feedback.given feedback " + byFacilitator + " by " + facilitator + " as facilitator");
            assertThat(audited).filteredOn(e -> byFacilitator.equals(e.entry().recordId())).singleElement()
                    .satisfies(e -> {
                        assertThat(e.entry().cohortId()).isEqualTo(cohort.toString());
                        assertThat(e.entry().details()).containsEntry("interventionId", plan);
                    });
        });
        assertThat(stage.kafka.readAll(Topics.REFLECTION_PRIVACY, Duration.ofSeconds(2)))
                .allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                        .doesNotContain(question).doesNotContain("zegt " + tag));
    }

    private List<ReflectionActionAudited> audited(Predicate<ReflectionActionAudited> which) {
        return stage.published(Topics.REFLECTION_PRIVACY).stream().filter(ReflectionActionAudited.class::isInstance)
                .map(ReflectionActionAudited.class::cast).filter(which).toList();
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.text("id");
    }
}
