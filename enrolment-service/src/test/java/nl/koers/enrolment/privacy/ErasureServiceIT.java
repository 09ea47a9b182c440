package nl.koers.enrolment.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import nl.koers.enrolment.ServiceIT;
import nl.koers.events.AuditEntry;
import nl.koers.events.EnrolmentActionAudited;
import nl.koers.events.ErasureRequested;
import nl.koers.events.NotificationDataErased;
import nl.koers.events.ReflectionDataErased;
import nl.koers.events.Topics;
import nl.koers.events.TrajectoryActionAudited;
import nl.koers.events.TrajectoryDataErased;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestKafka;
import nl.koers.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** Erasure requests through HTTP, enrolment-service's own part of them, and their completion by the other parts. */
class ErasureServiceIT extends ServiceIT {

    private static final String ERASURES = "/api/privacy/erasures";

    @Autowired
    MongoTemplate mongo;

    private final String admin = TestTokens.get().mint("admin", "admin");

    @Test
    void answersANewRequestWith202AndAPendingOneWith200() {
        String id = participant("e-twice");
        String token = token(id);

        Api.Response first = api.post(ERASURES, token, Map.of());
        Api.Response second = api.post(ERASURES, token, Map.of("participantId", id));

        assertThat(first.status()).as(first.raw()).isEqualTo(202);
        assertThat(first.header("Location")).isEqualTo(ERASURES + "/" + first.text("id"));
        assertThat(first.text("status")).isEqualTo("PENDING");
        assertThat(first.text("requestedBy")).isEqualTo("participant");
        assertThat(first.json().get("completedAt").isNull()).isTrue();
        assertThat(first.json().get("parts").valueStream().map(p -> p.get("part").asString() + ":"
                + p.get("status").asString())).containsExactly("enrolment:PENDING", "trajectory:PENDING",
                "reflection:PENDING", "notification:PENDING");
        assertThat(first.raw()).doesNotContain(id);
        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        assertThat(second.text("id")).isEqualTo(first.text("id"));
        Api.Response byAdmin = api.post(ERASURES, admin, Map.of("participantId", id));
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.text("id")).isEqualTo(first.text("id"));
    }

    @Test
    void concurrentRequestsForOneParticipantMakeOneErasure() throws Exception {
        String id = participant("e-race");
        String token = token(id);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                String asking = i % 2 == 0 ? token : admin;
                answers.add(pool.submit(() -> api.post(ERASURES, asking, Map.of("participantId", id))));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
            statuses.add(answer.get().status());
            ids.add(answer.get().text("id"));
        }

        assertThat(statuses).containsOnly(200, 202).filteredOn(s -> s == 202).hasSize(1);
        assertThat(ids).containsOnly(ids.getFirst());
        assertThat(ids(api.get(ERASURES, token))).containsExactly(ids.getFirst());
    }

    @Test
    void letsOnlyTheParticipantAndAdminsAskAndRead() {
        String id = participant("e-own");
        String token = token(id);
        String other = token(participant("e-other"));
        String erasure = api.post(ERASURES, token, null).text("id");

        assertProblem(api.post(ERASURES, other, Map.of("participantId", id)), 403);
        assertProblem(api.post(ERASURES, organiser, Map.of("participantId", id)), 403);
        assertProblem(api.post(ERASURES, TestTokens.get().mint("fac", "facilitator"), Map.of()), 403);
        assertProblem(api.post(ERASURES, null, Map.of()), 401);
        assertProblem(api.post(ERASURES, admin, Map.of()), 400, "participantId");
        assertProblem(api.post(ERASURES, admin, Map.of("participantId", "")), 400, "participantId");
        assertProblem(api.post(ERASURES, admin, Map.of("participantId", "x".repeat(201))), 400, "participantId");
        assertProblem(api.post(ERASURES, admin, Map.of("participantId", "never-" + UUID.randomUUID())), 404);

        assertThat(api.get(ERASURES + "/" + erasure, token).status()).isEqualTo(200);
        assertThat(api.get(ERASURES + "/" + erasure, admin).status()).isEqualTo(200);
        assertProblem(api.get(ERASURES + "/" + erasure, other), 404);
        assertProblem(api.get(ERASURES + "/" + UUID.randomUUID(), admin), 404);
        assertProblem(api.get(ERASURES + "/" + erasure, organiser), 403);
        assertProblem(api.get(ERASURES + "/not-a-uuid", admin), 400, "id");

        assertThat(ids(api.get(ERASURES + "?size=100", token))).containsExactly(erasure);
        assertThat(ids(api.get(ERASURES + "?size=100", other))).isEmpty();
        assertThat(ids(everyPage(admin, "PENDING"))).contains(erasure);
        assertProblem(api.get(ERASURES + "?status=pending", admin), 400, "status");
        assertProblem(api.get(ERASURES, organiser), 403);
    }

    @Test
    void anAdminAsksOnBehalfOfAParticipantWhoThenReadsIt() {
        String id = participant("e-admin");
        String token = token(id);

        Api.Response asked = api.post(ERASURES, admin, Map.of("participantId", id));

        assertThat(asked.status()).as(asked.raw()).isEqualTo(202);
        assertThat(asked.text("requestedBy")).isEqualTo("admin");
        assertThat(api.get(ERASURES + "/" + asked.text("id"), token).status()).isEqualTo(200);
    }

    @Test
    void ownPartLeavesNoNameEmailInstitutionOrMotivationInAnyCollection() {
        String id = participant("e-scan");
        String token = token(id);
        UUID seated = openCohort(3);
        UUID full = openCohort(1);
        String motivation = "Ik wil leren over kwaliteitscultuur " + UUID.randomUUID();
        assertThat(enrolWith(token, seated, motivation).text("status")).isEqualTo("CONFIRMED");
        enrol(token(participant("e-scan-seat")), full);
        assertThat(enrolWith(token, full, motivation).text("status")).isEqualTo("WAITLISTED");
        List<String> markers = List.of("Naam " + id, id + "@example.nl", "ROC " + id, motivation);
        assertThat(scan(markers)).as("the markers are there before the erasure").isNotEmpty();

        String erasure = api.post(ERASURES, token, null).text("id");
        JsonNode done = awaitErasure(erasure, token, e -> part(e, "enrolment").equals("ERASED"));

        assertThat(scan(markers)).isEmpty();
        assertThat(done.get("status").asString()).isEqualTo("PENDING");
        assertThat(part(done, "trajectory")).isEqualTo("PENDING");
        assertThat(part(done, "reflection")).isEqualTo("PENDING");
        assertThat(part(done, "notification")).isEqualTo("PENDING");
        assertProblem(api.get("/api/participants/me", token), 404);
        assertThat(api.get("/api/enrolments/mine", token).json().get("totalItems").asInt()).isZero();
        List<JsonNode> roster = api.get("/api/enrolments?cohortId=" + seated, organiser).json().get("items")
                .valueStream().toList();
        assertThat(roster).singleElement().satisfies(e -> {
            assertThat(e.get("participantId").asString()).startsWith("former-");
            assertThat(e.get("displayName").isNull()).isTrue();
            assertThat(e.get("motivation").isNull()).isTrue();
            assertThat(e.get("status").asString()).isEqualTo("WITHDRAWN");
        });
        String formerInFull = api.get("/api/enrolments?cohortId=" + full + "&status=WITHDRAWN", organiser).json()
                .get("items").get(0).get("participantId").asString();
        assertThat(formerInFull).as("one former id per erasure").isEqualTo(roster.getFirst().get("participantId").asString());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                kafka.readAll(Topics.ENROLMENT_PARTICIPANTS, Duration.ofSeconds(2)).stream()
                        .filter(r -> r.key().equals(id)).map(ConsumerRecord::value).toList()).last().isNull());
    }

    @Test
    void erasureGivesTheSeatToTheFirstOnTheWaitlist() {
        UUID cohort = openCohort(1);
        String erasedId = participant("e-seat");
        String erased = token(erasedId);
        String next = token(participant("e-next"));
        enrol(erased, cohort);
        String waiting = enrol(next, cohort).text("id");

        api.post(ERASURES, erased, null);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                "CONFIRMED".equals(api.get("/api/enrolments/" + waiting, next).text("status")));
        List<String> types = kafka.readAll(Topics.ENROLMENT_ENROLMENTS, Duration.ofSeconds(3)).stream()
                .filter(r -> r.key().equals(cohort.toString()))
                .map(r -> TestKafka.headers(r).get("ce_type")).toList();
        assertThat(types).endsWith("nl.koers.enrolment.EnrolmentWithdrawn.v2", "nl.koers.enrolment.EnrolmentPromoted.v2");
    }

    @Test
    void completesWhenTheOtherTwoPartsAreErasedAndThenForgetsWhoItWasAbout() {
        String id = participant("e-done");
        String token = token(id);
        enrol(token, openCohort(2));
        String erasure = api.post(ERASURES, token, null).text("id");
        awaitErasure(erasure, token, e -> part(e, "enrolment").equals("ERASED"));

        UUID erasureId = UUID.fromString(erasure);
        TrajectoryDataErased trajectory = new TrajectoryDataErased(UUID.randomUUID(), Instant.now(), erasureId);
        publish(trajectory);
        publish(trajectory);
        awaitErasure(erasure, token, e -> part(e, "trajectory").equals("ERASED"));
        assertThat(api.get(ERASURES + "/" + erasure, token).text("status")).isEqualTo("PENDING");
        publish(new ReflectionDataErased(UUID.randomUUID(), Instant.now(), erasureId));
        awaitErasure(erasure, token, e -> part(e, "reflection").equals("ERASED"));
        assertThat(api.get(ERASURES + "/" + erasure, token).text("status"))
                .as("completes only once notification-service erased its part too").isEqualTo("PENDING");
        publish(new NotificationDataErased(UUID.randomUUID(), Instant.now(), erasureId));
        JsonNode completed = awaitErasure(erasure, token, e -> e.get("status").asString().equals("COMPLETED"));
        // Redelivered facts, and a service announcing its part again, leave the completed erasure as it is.
        publish(new ErasureRequested(UUID.randomUUID(), Instant.now(), erasureId, id, "participant"));
        publish(new TrajectoryDataErased(UUID.randomUUID(), Instant.now(), erasureId));
        // Keyed like the request and the announcement, so handled after them: once stored, both were handled.
        String marker = "test-" + UUID.randomUUID();
        publish(new EnrolmentActionAudited(UUID.randomUUID(), Instant.now(),
                new AuditEntry(marker, "system", "test.marked", "participant", id, null, Map.of())));
        publish(new TrajectoryActionAudited(UUID.randomUUID(), Instant.now(),
                new AuditEntry(marker, "system", "test.marked", "erasure", erasure, null, Map.of())));
        awaitAudit("?actor=" + marker, 2);

        assertThat(completed.get("completedAt").isNull()).isFalse();
        Document stored = mongo.getCollection("erasures").find(new Document("_id", erasure)).first();
        assertThat(stored).doesNotContainKeys("participantId", "formerParticipantId", "pendingFor")
                .containsKey("participantDigest");
        assertThat(stored.toJson()).doesNotContain(id);
        assertThat(ids(api.get(ERASURES, token))).containsExactly(erasure);

        Api.Response again = api.post(ERASURES, token, null);
        assertProblem(again, 409, erasure);
        assertThat(again.text("type")).endsWith("already-erased");
        assertThat(api.get(ERASURES + "/" + erasure, token).json()).isEqualTo(completed);
        assertThat(api.get("/api/participants/me", token).status()).isEqualTo(404);
    }

    @Test
    void aParticipantWhoComesBackAfterAnErasureCanBeErasedAgain() {
        String id = participant("e-back");
        String token = token(id);
        String first = api.post(ERASURES, token, null).text("id");
        awaitErasure(first, token, e -> part(e, "enrolment").equals("ERASED"));
        for (var event : List.of(new TrajectoryDataErased(UUID.randomUUID(), Instant.now(), UUID.fromString(first)),
                new ReflectionDataErased(UUID.randomUUID(), Instant.now(), UUID.fromString(first)),
                new NotificationDataErased(UUID.randomUUID(), Instant.now(), UUID.fromString(first)))) {
            publish(event);
        }
        awaitErasure(first, token, e -> e.get("status").asString().equals("COMPLETED"));

        token(id);
        Api.Response second = api.post(ERASURES, token, null);

        assertThat(second.status()).as(second.raw()).isEqualTo(202);
        assertThat(ids(api.get(ERASURES, token))).containsExactly(second.text("id"), first);
    }

    private void awaitAudit(String query, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/audit" + query, admin).json().path("totalItems").asInt() == count);
    }

    private String participant(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Response enrolWith(String token, UUID cohort, String motivation) {
        return api.post("/api/enrolments", token, Map.of("cohortId", cohort, "motivation", motivation));
    }

    private JsonNode awaitErasure(String id, String token, Predicate<JsonNode> until) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Response response = api.get(ERASURES + "/" + id, token);
            last[0] = response.json();
            return response.status() == 200 && until.test(response.json());
        });
        return last[0];
    }

    private static String part(JsonNode erasure, String part) {
        return erasure.get("parts").valueStream().filter(p -> p.get("part").asString().equals(part))
                .findFirst().orElseThrow().get("status").asString();
    }

    private static List<String> ids(Api.Response page) {
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        return page.json().get("items").valueStream().map(e -> e.get("id").asString()).toList();
    }

    private Api.Response everyPage(String token, String status) {
        return api.get(ERASURES + "?size=100&status=" + status, token);
    }

    /** Every document of every collection of this service's database that holds one of the markers. */
    private List<String> scan(List<String> markers) {
        List<String> found = new ArrayList<>();
        for (String name : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(name).find()) {
                String json = document.toJson();
                markers.stream().filter(json::contains)
                        .forEach(marker -> found.add(name + " " + document.get("_id") + " holds '" + marker + "'"));
            }
        }
        return found;
    }
}
