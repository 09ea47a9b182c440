package nl.koers.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import com.mongodb.client.model.Filters;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.events.CohortRetentionExpired;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentCompleted;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentWithdrawn;
import nl.koers.events.ErasureRequested;
import nl.koers.events.ReflectionActionAudited;
import nl.koers.events.ReflectionDataErased;
import nl.koers.events.Topics;
import nl.koers.testsupport.Api;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Erasure and retention, driven by enrolment-service's and trajectory-service's events as in production, and checked
 * where it matters: in every collection of the service's database, and on the privacy topic.
 */
class ErasureIT extends StagedIT {

    private static final Duration ERASING = Duration.ofSeconds(40);

    @Autowired
    MongoTemplate mongo;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String erased = "p-erased-" + tag;
    private final String other = "p-other-" + tag;

    @Test
    void erasureLeavesNothingOfTheParticipantButTheirFeedbackOnAnothersInterventionWithoutItsAuthor() {
        UUID cohort = stage.cohort(List.of("fac-e"), erased, other);
        stage.session(cohort, 1, Instant.now().minusSeconds(7_200), Instant.now().minusSeconds(3_600));
        String erasedToken = Stage.token(erased, "participant");
        String otherToken = Stage.token(other, "participant");
        Map<String, String> marker = Map.of("reflection", "Reflectie " + tag, "case", "Casus " + tag,
                "intervention", "Interventie " + tag, "step", "Stap " + tag, "feedback", "Feedback op " + tag);
        String feedbackGiven = "Gegeven door de gewiste deelnemer " + tag;

        created(api.post("/api/reflections", erasedToken, Map.of("cohortId", cohort,
                "text", marker.get("reflection"), "visibility", "COHORT")));
        created(api.post("/api/cases", erasedToken, Map.of("cohortId", cohort, "title", "Uitval",
                "situation", marker.get("case"))));
        String own = created(api.post("/api/interventions", erasedToken, Map.of("cohortId", cohort,
                "kind", "ACTION_PLAN", "title", "Eigen plan", "goal", marker.get("intervention"),
                "steps", List.of(Map.of("description", marker.get("step"), "who", "teamleider")))));
        created(api.post("/api/interventions/" + own + "/feedback", otherToken, Map.of("text", marker.get("feedback"))));
        String othersIntervention = created(api.post("/api/interventions", otherToken, Map.of("cohortId", cohort,
                "kind", "COMPACT", "title", "Samen", "goal", "Samen doen", "coOwnerIds", List.of(erased))));
        String othersSolo = created(api.post("/api/interventions", otherToken, Map.of("cohortId", cohort,
                "kind", "COMPACT", "title", "Alleen", "goal", "Alleen doen")));
        created(api.post("/api/interventions/" + othersSolo + "/feedback", erasedToken, Map.of("text", feedbackGiven)));
        String plannedTogether = created(api.post("/api/interventions", erasedToken, Map.of("cohortId", cohort,
                "kind", "COMPACT", "title", "Samen verder", "goal", "De groep gaat door", "coOwnerIds", List.of(other))));
        created(api.post("/api/evaluations", erasedToken, Map.of("cohortId", cohort, "ratings", RATINGS)));

        UUID erasure = stage.requestErasure(erased);
        awaitErased(erasure);

        List<String> markers = new ArrayList<>(marker.values());
        markers.add(erased);
        assertThat(documentsMentioning(markers)).isEmpty();
        Api.Response feedback = api.get("/api/interventions/" + othersSolo + "/feedback", otherToken);
        assertThat(feedback.json().get("items")).singleElement().satisfies(f -> {
            assertThat(f.get("text").asString()).isEqualTo(feedbackGiven);
            assertThat(f.get("giverRole").asString()).isEqualTo("PARTICIPANT");
            assertThat(ErasedParticipants.isFormer(f.get("giverId").asString())).isTrue();
        });
        String formerId = feedback.json().get("items").get(0).get("giverId").asString();
        Api.Response workGroup = api.get("/api/interventions/" + othersIntervention, otherToken);
        assertThat(workGroup.json().get("coOwnerIds")).singleElement()
                .satisfies(id -> assertThat(id.asString()).isEqualTo(formerId));
        assertThat(workGroup.header("ETag")).isEqualTo("\"2\"");
        assertProblem(api.get("/api/interventions/" + own, otherToken), 404);
        Api.Response handedOver = api.get("/api/interventions/" + plannedTogether, otherToken);
        assertThat(handedOver.status()).as(handedOver.raw()).isEqualTo(200);
        assertThat(handedOver.json().get("ownerId").asString()).isEqualTo(other);
        assertThat(handedOver.json().get("coOwnerIds")).isEmpty();
        assertThat(memberships.of(cohort).members()).containsOnlyKeys(other, formerId);
        assertThat(mongo.getCollection("evaluations").find(new Document("_id", cohort.toString())).first()
                .getList("responses", Document.class)).hasSize(1);
        Api.Response afterwards = api.get("/api/privacy/reflection/export", erasedToken);
        assertThat(afterwards.json().get("reflections")).isEmpty();
        assertThat(afterwards.json().get("evaluations")).isEmpty();
    }

    @Test
    void announcesEachDeliveryOfARequestOnceAndAuditsTheErasureOnce() {
        stage.cohort(List.of("fac-e"), erased);
        ErasureRequested requested = new ErasureRequested(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), erased,
                "admin");

        stage.send(requested);
        awaitErased(requested.erasureId());
        assertThat(erasedAnnouncements(requested.erasureId())).hasSize(1);
        stage.send(requested);

        await().atMost(ERASING).until(() -> erasedAnnouncements(requested.erasureId()).size() == 2);
        List<ReflectionActionAudited> audited = audited(e -> "participant.erased".equals(e.entry().action())
                && requested.erasureId().toString().equals(e.entry().details().get("erasureId")));
        assertThat(audited).singleElement().satisfies(e -> {
            assertThat(e.entry().actorId()).isEqualTo("system");
            assertThat(e.entry().actorRole()).isEqualTo("system");
            assertThat(e.entry().recordId()).isEqualTo(requested.erasureId().toString());
            assertThat(e.toString()).doesNotContain(erased).doesNotContain(ErasedParticipants.digest(erased));
        });
    }

    @Test
    void aFactThatPredatesTheErasureDoesNotBringTheParticipantBackButLaterActivityCounts() {
        UUID cohort = stage.cohort(List.of("fac-e"), erased);
        Instant beforeErasure = Instant.now();
        awaitErased(stage.requestErasure(erased));
        UUID elsewhere = stage.cohort(List.of("fac-e"));

        stage.send(new EnrolmentConfirmed(UUID.randomUUID(), beforeErasure, UUID.randomUUID(), elsewhere, erased, 7));
        // enrolment-service withdraws an erased participant's active enrolments, possibly after this service erased.
        stage.send(new EnrolmentWithdrawn(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, erased, 9));
        // Same keys, so the same partitions: once these show, the facts before them were handled.
        stage.confirm(elsewhere, "p-after-" + tag);
        stage.confirm(cohort, "p-after-" + tag);

        assertThat(memberships.of(elsewhere).statusOf(erased)).isEmpty();
        assertThat(memberships.of(cohort).statusOf(erased)).isEmpty();
        stage.confirm(elsewhere, erased);
        assertThat(memberships.of(elsewhere).mayWrite(erased)).isTrue();
    }

    @Test
    void retentionErasesOneCohortsPersonalDataAndKeepsItsEvaluationAverages() {
        List<String> others = List.of("p-r1-" + tag, "p-r2-" + tag, "p-r3-" + tag, "p-r4-" + tag);
        UUID expiring = stage.cohort(List.of("fac-r"), erased);
        others.forEach(p -> stage.confirm(expiring, p));
        UUID kept = stage.cohort(List.of("fac-r"), erased);
        stage.session(expiring, 1, Instant.now().minusSeconds(7_200), Instant.now().minusSeconds(3_600));
        String token = Stage.token(erased, "participant");
        String expiringText = "Verlopen " + tag;
        created(api.post("/api/reflections", token, Map.of("cohortId", expiring, "text", expiringText,
                "visibility", "PRIVATE")));
        String keptReflection = created(api.post("/api/reflections", token, Map.of("cohortId", kept,
                "text", "Blijft " + tag, "visibility", "PRIVATE")));
        created(api.post("/api/cases", token, Map.of("cohortId", expiring, "title", "t", "situation", expiringText)));
        String plan = created(api.post("/api/interventions", token, Map.of("cohortId", expiring, "kind", "COMPACT",
                "title", "t", "goal", expiringText)));
        created(api.post("/api/interventions/" + plan + "/feedback", Stage.token("fac-r", "facilitator"),
                Map.of("text", expiringText)));
        for (String participant : concat(erased, others)) {
            created(api.post("/api/evaluations", Stage.token(participant, "participant"),
                    Map.of("cohortId", expiring, "ratings", RATINGS)));
        }
        Instant beforeExpiry = Instant.now();

        stage.send(new CohortRetentionExpired(UUID.randomUUID(), Instant.now(), expiring,
                memberships.of(expiring).trajectoryId(), LocalDate.now().minusMonths(25), 24));
        await().atMost(ERASING).until(() -> !audited(e -> "cohort.personal-data-expired".equals(e.entry().action())
                && expiring.toString().equals(e.entry().recordId())).isEmpty());

        assertThat(documentsMentioning(List.of(expiringText))).isEmpty();
        assertThat(api.get("/api/reflections", token).json().get("items")).singleElement()
                .satisfies(r -> assertThat(r.get("id").asString()).isEqualTo(keptReflection));
        assertThat(memberships.of(expiring).members()).hasSize(5)
                .allSatisfy((id, status) -> assertThat(ErasedParticipants.isFormer(id)).as(id).isTrue());
        assertThat(memberships.of(kept).mayWrite(erased)).isTrue();
        Api.Response summary = api.get("/api/evaluations/summary?cohortId=" + expiring,
                Stage.token("organiser-1", "organiser"));
        assertThat(summary.json().get("responses").asInt()).as(summary.raw()).isEqualTo(5);
        assertThat(summary.json().get("items").get(0).get("average").asDouble()).isEqualTo(4.0);
        assertThat(mongo.getCollection("evaluation_respondents").countDocuments(Filters.regex("_id", "^" + expiring)))
                .as("who evaluated the cohort").isZero();
        assertThat(audited(e -> expiring.toString().equals(e.entry().recordId()))).singleElement()
                .satisfies(e -> assertThat(e.entry().actorId()).isEqualTo("system"));

        stage.send(new EnrolmentCompleted(UUID.randomUUID(), beforeExpiry, UUID.randomUUID(), expiring, erased, 99));
        stage.confirm(expiring, "p-late-" + tag);
        assertThat(memberships.of(expiring).statusOf(erased)).isEmpty();
    }

    private void awaitErased(UUID erasure) {
        await().atMost(ERASING).until(() -> !erasedAnnouncements(erasure).isEmpty());
    }

    private List<ReflectionDataErased> erasedAnnouncements(UUID erasure) {
        return stage.published(Topics.REFLECTION_PRIVACY).stream()
                .filter(ReflectionDataErased.class::isInstance).map(ReflectionDataErased.class::cast)
                .filter(e -> e.erasureId().equals(erasure)).toList();
    }

    private List<ReflectionActionAudited> audited(Predicate<ReflectionActionAudited> which) {
        List<DomainEvent> events = stage.published(Topics.REFLECTION_PRIVACY);
        return events.stream().filter(ReflectionActionAudited.class::isInstance).map(ReflectionActionAudited.class::cast)
                .filter(which).toList();
    }

    /** Where in the service's database any of {@code markers} still occurs, as "collection: marker". */
    private List<String> documentsMentioning(List<String> markers) {
        List<String> found = new ArrayList<>();
        for (String name : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(name).find()) {
                String json = document.toJson();
                markers.stream().filter(json::contains).forEach(m -> found.add(name + ": " + m));
            }
        }
        return found;
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.text("id");
    }

    private static void assertProblem(Api.Response response, int status) {
        ReflectionApiIT.assertProblem(response, status);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest);
        all.add(0, first);
        return all;
    }
}
