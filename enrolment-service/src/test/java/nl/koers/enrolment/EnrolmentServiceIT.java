package nl.koers.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.Topics;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestKafka;
import nl.koers.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The enrolment use cases through HTTP with real JWTs, and the events they publish. */
class EnrolmentServiceIT extends ServiceIT {

    @Test
    void reportsReadyOnceItsDatabaseAnswers() {
        Api.Response readiness = api.get("/actuator/health/readiness", null);

        assertThat(readiness.status()).as(readiness.raw()).isEqualTo(200);
        assertThat(readiness.text("status")).isEqualTo("UP");
    }

    @Test
    void createsTheTopicsItPublishesConsumesAndDeadLetters() {
        assertThat(kafka.topics()).contains(Topics.ENROLMENT_ENROLMENTS, Topics.ENROLMENT_PARTICIPANTS,
                Topics.TRAJECTORY_COHORTS, Topics.TRAJECTORY_COHORTS + Topics.DEAD_LETTER_SUFFIX,
                Topics.ENROLMENT_PRIVACY, Topics.TRAJECTORY_PRIVACY, Topics.REFLECTION_PRIVACY,
                Topics.TRAJECTORY_PRIVACY + Topics.DEAD_LETTER_SUFFIX);
    }

    @Test
    void enrolsConfirmsWaitlistsAndPromotesOnWithdrawal() {
        UUID cohort = openCohort(2);
        String[] participants = {token("p-a"), token("p-b"), token("p-c")};

        Api.Response first = enrol(participants[0], cohort);
        Api.Response second = enrol(participants[1], cohort);
        Api.Response third = enrol(participants[2], cohort);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/enrolments/" + first.text("id"));
        assertThat(first.text("status")).isEqualTo("CONFIRMED");
        assertThat(second.text("status")).isEqualTo("CONFIRMED");
        assertThat(third.text("status")).isEqualTo("WAITLISTED");
        assertThat(third.json().get("waitlistPosition").asInt()).isEqualTo(1);

        assertThat(enrol(participants[0], cohort).status()).isEqualTo(409);

        Api.Response withdrawn = api.post("/api/enrolments/" + first.text("id") + "/withdraw", participants[0], null);
        assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
        Api.Response promoted = api.get("/api/enrolments/" + third.text("id"), participants[2]);
        assertThat(promoted.text("status")).isEqualTo("CONFIRMED");
        assertThat(promoted.json().get("waitlistPosition").isNull()).isTrue();

        assertThat(api.get("/api/enrolments/mine", participants[0]).json().get("items")).hasSize(1);
        JsonNode roster = api.get("/api/enrolments?cohortId=" + cohort, organiser).json();
        assertThat(roster.get("totalItems").asInt()).isEqualTo(3);

        List<String> types = kafka.readAll(Topics.ENROLMENT_ENROLMENTS, Duration.ofSeconds(3)).stream()
                .filter(r -> r.key().equals(cohort.toString()))
                .map(r -> TestKafka.headers(r).get("ce_type")).toList();
        assertThat(types).containsExactly("nl.koers.enrolment.EnrolmentConfirmed.v2",
                "nl.koers.enrolment.EnrolmentConfirmed.v2", "nl.koers.enrolment.EnrolmentWaitlisted.v2",
                "nl.koers.enrolment.EnrolmentWithdrawn.v2", "nl.koers.enrolment.EnrolmentPromoted.v2");
    }

    @Test
    void completingTheCohortCompletesTheConfirmedAndKeepsTheWaitlist() {
        UUID cohort = openCohort(2);
        String[] participants = {token("c-a"), token("c-b"), token("c-c")};
        Api.Response first = enrol(participants[0], cohort);
        enrol(participants[1], cohort);
        Api.Response waiting = enrol(participants[2], cohort);

        CohortCompleted completed = new CohortCompleted(UUID.randomUUID(), Instant.now(), cohort, 3, facts("COMPLETED", 2));
        publish(completed);
        publish(completed);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                "COMPLETED".equals(api.get("/api/enrolments/" + first.text("id"), participants[0]).text("status")));
        assertThat(api.get("/api/enrolments/" + waiting.text("id"), participants[2]).text("status")).isEqualTo("WAITLISTED");
        assertProblem(api.post("/api/enrolments/" + first.text("id") + "/withdraw", participants[0], null), 409);
        List<String> types = kafka.readAll(Topics.ENROLMENT_ENROLMENTS, Duration.ofSeconds(3)).stream()
                .filter(r -> r.key().equals(cohort.toString()))
                .map(r -> TestKafka.headers(r).get("ce_type")).toList();
        assertThat(types).filteredOn(t -> t.endsWith("EnrolmentCompleted.v2")).hasSize(2);
    }

    @Test
    void neverOverbooksUnderConcurrentEnrolment() throws Exception {
        UUID cohort = openCohort(10);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tokens.add(token("crowd-" + i));
        }
        List<Future<Api.Response>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(40)) {
            for (String token : tokens) {
                responses.add(pool.submit(() -> enrol(token, cohort)));
            }
        }
        List<JsonNode> bodies = new ArrayList<>();
        for (Future<Api.Response> response : responses) {
            assertThat(response.get().status()).isEqualTo(201);
            bodies.add(response.get().json());
        }
        assertThat(bodies.stream().filter(b -> b.get("status").asString().equals("CONFIRMED"))).hasSize(10);
        assertThat(bodies.stream().filter(b -> b.get("status").asString().equals("WAITLISTED"))
                .map(b -> b.get("waitlistPosition").asInt()).sorted())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());
    }

    @Test
    void keepsOtherPeoplesEnrolmentsHidden() {
        UUID cohort = openCohort(5);
        String owner = token("owner");
        String other = token("other");
        String id = enrol(owner, cohort).text("id");

        assertThat(api.get("/api/enrolments/" + id, other).status()).isEqualTo(404);
        assertThat(api.post("/api/enrolments/" + id + "/withdraw", other, null).status()).isEqualTo(404);
        assertThat(api.get("/api/enrolments/" + id, organiser).status()).isEqualTo(200);
        assertThat(api.get("/api/enrolments?cohortId=" + cohort, owner).status()).isEqualTo(403);
    }

    @Test
    void answersEveryBadRequestWithAProblem() {
        String participant = token("bad-input");
        assertProblem(api.get("/api/enrolments/mine", null), 401);
        assertProblem(api.post("/api/enrolments", participant, Map.of("motivation", "x")), 400);
        assertProblem(api.post("/api/enrolments", participant, "{not json"), 400);
        assertProblem(api.post("/api/enrolments", participant, Map.of("cohortId", "not-a-uuid")), 400);
        assertProblem(api.post("/api/enrolments", participant, Map.of("cohortId", UUID.randomUUID())), 404);
        assertProblem(api.get("/api/enrolments/not-a-uuid", participant), 400);
        assertProblem(api.get("/api/enrolments/mine?size=1000", participant), 400);
        assertProblem(api.get("/api/enrolments", organiser), 400);
        assertProblem(api.put("/api/participants/me", participant,
                Map.of("displayName", "", "email", "nope", "sector", "XX")), 400);
        Api.Response invalid = api.put("/api/participants/me", participant, Map.of("displayName", "", "email", "nope"));
        assertThat(invalid.text("detail")).contains("displayName").contains("email").contains("sector");

        assertProblem(api.post("/api/enrolments", participant, Map.of("cohortId", UUID.randomUUID(),
                "motivation", "x".repeat(2001))), 400, "motivation");
        assertProblem(api.put("/api/participants/me", participant, Map.of("displayName", "x".repeat(101),
                "email", "a@example.nl", "institution", "ROC", "sector", "MBO", "function", "docent")), 400,
                "displayName");
        assertProblem(api.get("/api/enrolments/%20", participant), 400, "id");

        String noProfile = TestTokens.get().mint("no-profile", "participant");
        Api.Response missing = api.post("/api/enrolments", noProfile, Map.of("cohortId", openCohort(1)));
        assertProblem(missing, 409);
        assertThat(missing.text("detail")).contains("profile");
    }

    @Test
    void answersBadPagingAndFiltersWithAProblemNamingTheParameter() {
        String participant = token("bad-paging");
        String cohort = "/api/enrolments?cohortId=" + UUID.randomUUID();

        assertProblem(api.get("/api/enrolments/mine?size=0", participant), 400, "size");
        assertProblem(api.get("/api/enrolments/mine?size=abc", participant), 400, "size");
        assertProblem(api.get("/api/enrolments/mine?size=101", participant), 400, "size");
        assertProblem(api.get("/api/enrolments/mine?page=-1", participant), 400, "page");
        assertProblem(api.get(cohort + "&page=-1", organiser), 400, "page");
        assertProblem(api.get(cohort + "&size=0", organiser), 400, "size");
        assertProblem(api.get(cohort + "&status=confirmed", organiser), 400, "status");
        assertProblem(api.get("/api/enrolments?cohortId=%20", organiser), 400, "cohortId");
        Api.Response page = api.get("/api/enrolments/mine?page=100000&size=100", participant);
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        assertThat(page.json().get("items")).isEmpty();
    }

    @Test
    void documentsEveryOperationByItsOwnNameAndNeverTheCaller() {
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).as(docs.raw()).isEqualTo(200);

        List<JsonNode> operations = docs.json().get("paths").valueStream()
                .flatMap(JsonNode::valueStream).filter(o -> o.has("operationId")).toList();

        assertThat(operations).map(o -> o.get("operationId").asString()).containsExactlyInAnyOrder(
                "enrolInCohort", "listMyEnrolments", "listCohortEnrolments", "listCohortSeats", "getEnrolment",
                "withdrawEnrolment", "getMyProfile", "saveMyProfile", "requestErasure", "getErasure", "listErasures",
                "listAuditEntries", "exportEnrolmentData", "uploadInvitationList", "getInvitationUpload",
                "confirmInvitationUpload", "listInvitations", "lookUpInvitation", "acceptInvitation");
        assertThat(operations).allSatisfy(o -> {
            assertThat(o.path("summary").asString()).isNotBlank();
            assertThat(o.path("description").asString()).isNotBlank();
            assertThat(o.path("parameters").valueStream().map(p -> p.get("name").asString()))
                    .doesNotContain("caller", "paging");
        });
        assertThat(docs.json().path("components").path("schemas").has("Caller")).isFalse();
        assertThat(docs.json().path("info").path("title").asString()).isEqualTo("Koers enrolment API");
    }

    @Test
    void countsTheSeatsOfTheCohortsAskedForWithoutNamingAnyone() {
        UUID full = openCohort(2);
        String[] participants = {token("s-a"), token("s-b"), token("s-c")};
        for (String participant : participants) {
            assertThat(enrol(participant, full).status()).isEqualTo(201);
        }
        UUID empty = openCohort(5);
        UUID planned = UUID.randomUUID();
        publish(new CohortPlanned(UUID.randomUUID(), Instant.now(), planned, 1, facts("PLANNED", 4)));
        UUID windowPassed = UUID.randomUUID();
        publish(new CohortPlanned(UUID.randomUUID(), Instant.now(), windowPassed, 1, facts("PLANNED", 1)));
        publish(new CohortOpened(UUID.randomUUID(), Instant.now(), windowPassed, 2, new CohortFacts(UUID.randomUUID(),
                "OPEN", 3, LocalDate.now(), LocalDate.now().plusMonths(3), Instant.now().minusSeconds(7200),
                Instant.now().minusSeconds(3600), List.of())));
        String seats = "/api/enrolments/seats?cohortId=" + full + "&cohortId=" + UUID.randomUUID() + "&cohortId="
                + empty + "&cohortId=" + planned + "&cohortId=" + windowPassed + "&cohortId=" + full;
        String facilitator = TestTokens.get().mint("s-facilitator", "facilitator");

        // Known once the opened window-passed cohort shows its new capacity: its facts came in last.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(seats(api.get(seats, facilitator)))
                .containsExactly(full + ":2/2/0/1/open", empty + ":5/0/5/0/open", planned + ":4/0/4/0/closed",
                        windowPassed + ":3/0/3/0/closed"));
        Api.Response answer = api.get(seats, participants[0]);
        assertThat(seats(answer)).hasSize(4);
        assertThat(answer.raw()).doesNotContain("s-a").doesNotContain("Naam").doesNotContain("participantId");
        JsonNode waiting = api.get("/api/enrolments/mine", participants[2]).json().get("items").get(0);
        assertThat(waiting.get("cohortId").asString()).isEqualTo(full.toString());
        assertThat(waiting.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(waiting.get("waitlistPosition").asInt()).isEqualTo(1);
    }

    @Test
    void answersBadSeatQueriesWithAProblem() {
        String reader = TestTokens.get().mint("s-reader", "participant");
        String hundred = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "cohortId=" + UUID.randomUUID())
                .collect(java.util.stream.Collectors.joining("&"));

        Api.Response unknown = api.get("/api/enrolments/seats?" + hundred, reader);

        assertThat(unknown.status()).as(unknown.raw()).isEqualTo(200);
        assertThat(unknown.json().get("items")).isEmpty();
        assertProblem(api.get("/api/enrolments/seats?" + hundred + "&cohortId=" + UUID.randomUUID(), reader), 400);
        assertThat(api.get("/api/enrolments/seats?" + hundred + "&cohortId=" + UUID.randomUUID(), reader)
                .text("detail")).contains("cohortId");
        assertProblem(api.get("/api/enrolments/seats", reader), 400);
        assertProblem(api.get("/api/enrolments/seats?cohortId=", reader), 400);
        assertProblem(api.get("/api/enrolments/seats?cohortId=not-a-uuid", reader), 400);
        assertProblem(api.get("/api/enrolments/seats?cohortId=" + UUID.randomUUID() + "&cohortId=x", reader), 400);
        assertProblem(api.get("/api/enrolments/seats?cohortId=" + UUID.randomUUID(), null), 401);
    }

    @Test
    void refusesEnrolmentInACohortThatIsNotOpen() {
        UUID cohort = UUID.randomUUID();
        publish(new CohortPlanned(UUID.randomUUID(), Instant.now(), cohort, 1, facts("PLANNED", 5)));
        String participant = token("early-bird");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get("/api/enrolments?cohortId=" + cohort, organiser).status() == 200);

        Api.Response refused = enrol(participant, cohort);

        assertProblem(refused, 409);
        assertThat(refused.text("detail")).contains("PLANNED");
    }

    @Test
    void publishesTheProfileWithTheEmailAddressForNotificationService() {
        token("profiled");
        List<ConsumerRecord<String, byte[]>> records =
                kafka.readAll(Topics.ENROLMENT_PARTICIPANTS, Duration.ofSeconds(3)).stream()
                        .filter(r -> r.key().equals("profiled")).toList();

        assertThat(records).isNotEmpty();
        assertThat(new String(records.getFirst().value(), StandardCharsets.UTF_8))
                .contains("ROC profiled").contains("profiled@example.nl");
    }

    private static List<String> seats(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.json().get("items").valueStream().map(s -> s.get("cohortId").asString() + ":"
                + s.get("capacity").asInt() + "/" + s.get("confirmed").asInt() + "/" + s.get("seatsLeft").asInt() + "/"
                + s.get("waitlisted").asInt() + "/" + (s.get("openForEnrolment").asBoolean() ? "open" : "closed"))
                .toList();
    }
}
