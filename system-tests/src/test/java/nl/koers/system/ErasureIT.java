package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import nl.koers.system.PersonalDataScan.Found;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The right to be forgotten, end to end through the gateway: a participant with data in every service asks for
 * erasure, every service says when its part is done, and then nothing of them is left where a new reader would
 * look: no marker in any collection of any database, nor in any record of any topic read from the beginning.
 * What others rely on stays, without them: the cohort's roster and report counts, the feedback they gave on a
 * peer's intervention. And a service that is down when the erasure is asked catches up when it is back.
 */
class ErasureIT {

    /** Compaction removes an erased profile from {@code enrolment.participants} a few seconds after its tombstone. */
    private static final Duration TOPICS_CLEAN = Duration.ofSeconds(90);
    private static final Duration ERASED_EVERYWHERE = Duration.ofSeconds(90);
    private static final List<String> REPORT_COUNTS = List.of("developmentQuestions", "interventions", "reflections",
            "evaluation");

    private final Koers koers = new Koers();
    private final Api api = koers.api;
    private final PersonalDataScan scan = new PersonalDataScan(koers.stack);

    @Test
    void anErasedParticipantLeavesNoTraceInAnyDatabaseOrTopicWhileTheCohortKeepsItsCounts() {
        ParticipantData data = ParticipantData.create(koers, "participant71", "participant72", 1);
        List<JsonNode> rosterBefore = roster(data.cohort);
        JsonNode reportBefore = stableReport(data.cohort);

        long asked = System.nanoTime();
        Api.Response requested = api.post("/api/privacy/erasures", data.token(), Map.of());
        assertThat(requested.status()).as(requested.raw()).isEqualTo(202);
        String erasure = "/api/privacy/erasures/" + requested.text("id");
        assertThat(requested.header("Location")).isEqualTo(erasure);
        JsonNode done = awaitStatus(erasure, data.token(), "COMPLETED", ERASED_EVERYWHERE);
        Duration tookToErase = Duration.ofNanos(System.nanoTime() - asked);
        assertThat(done.get("parts").valueStream().map(p -> p.get("part").asString() + ":" + p.get("status").asString()))
                .containsExactlyInAnyOrder("enrolment:ERASED", "trajectory:ERASED", "reflection:ERASED",
                        "notification:ERASED");

        List<String> markers = List.copyOf(data.markers().values());
        List<Found> inDatabases = scan.databases(markers);
        assertThat(inDatabases).as("markers of the erased participant in the databases " + scan.databaseSizes())
                .isEmpty();
        System.out.printf("Erasure of %s: completed %d ms after the request; no marker in the databases%n",
                data.participant, tookToErase.toMillis());

        assertThat(api.get("/api/participants/me", data.token()).status()).isEqualTo(404);
        theRosterKeepsItsPlacesWithoutTheParticipant(data, rosterBefore);
        await().atMost(Koers.CONVERGENCE).untilAsserted(() -> REPORT_COUNTS.forEach(section ->
                assertThat(report(data.cohort).get(section)).as("report section " + section)
                        .isEqualTo(reportBefore.get(section))));
        assertThat(report(data.cohort).path("participation").path("enrolled"))
                .isEqualTo(reportBefore.path("participation").path("enrolled"));

        JsonNode feedback = api.get("/api/interventions/" + data.peerInterventionId + "/feedback", koers.token(data.peer))
                .json();
        assertThat(feedback.get("items").valueStream().filter(f -> f.get("text").asString().equals(data.feedbackGiven)))
                .as("the peer still reads the feedback the erased participant gave, without its author: " + feedback)
                .singleElement().satisfies(f -> {
                    assertThat(f.get("giverId").asString()).isNotEqualTo(data.participant).startsWith("former-");
                    assertThat(f.get("giverRole").asString()).isEqualTo("PARTICIPANT");
                });

        Api.Response again = api.post("/api/privacy/erasures", data.token(), Map.of());
        assertProblem(again, 409);
        assertThat(again.text("detail")).contains(requested.text("id"));
        assertProblem(api.post("/api/privacy/erasures", koers.token("admin"),
                Map.of("participantId", "participant-nooit-gezien-" + UUID.randomUUID())), 404);
        assertProblem(api.get(erasure, koers.token(data.peer)), 404);
        assertThat(api.get(erasure, koers.token("admin")).text("status")).isEqualTo("COMPLETED");

        // Last, as it may take longest: compaction removes the profile from its topic after the tombstone.
        Duration tookToCleanTopics = awaitCleanTopics(markers);
        System.out.printf("Erasure of %s: topics clean %d ms after the scan began%n", data.participant,
                tookToCleanTopics.toMillis());
    }

    @Test
    void anErasureAskedWhileReflectionServiceIsDownCompletesOnceItIsBack() {
        ParticipantData data = ParticipantData.some(koers, "participant73");
        List<String> markers = List.copyOf(data.markers().values());

        koers.stack.stop("reflection-service");
        String erasure;
        try {
            Api.Response requested = api.post("/api/privacy/erasures", koers.token("admin"),
                    Map.of("participantId", data.participant));
            assertThat(requested.status()).as(requested.raw()).isEqualTo(202);
            erasure = "/api/privacy/erasures/" + requested.text("id");
            await().atMost(ERASED_EVERYWHERE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                JsonNode pending = api.get(erasure, data.token()).json();
                assertThat(parts(pending)).as(pending.toString())
                        .containsExactlyInAnyOrder("enrolment:ERASED", "trajectory:ERASED", "reflection:PENDING",
                                "notification:ERASED");
                assertThat(pending.get("status").asString()).isEqualTo("PENDING");
            });
        } finally {
            koers.stack.up();
        }

        awaitStatus(erasure, data.token(), "COMPLETED", Duration.ofMinutes(3));
        assertThat(scan.databases(markers)).as("markers after the stopped service caught up").isEmpty();
        awaitCleanTopics(markers);
    }

    /** Polls the erasure as the participant it concerns until it has {@code status}; its last answer. */
    private JsonNode awaitStatus(String erasure, String token, String status, Duration atMost) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().atMost(atMost).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Api.Response read = api.get(erasure, token);
            assertThat(read.status()).as(read.raw()).isEqualTo(200);
            last.set(read.json());
            assertThat(read.text("status")).as(read.raw()).isEqualTo(status);
        });
        return last.get();
    }

    /** Scans every topic until none holds a marker, and says how long that took. */
    private Duration awaitCleanTopics(List<String> markers) {
        long started = System.nanoTime();
        AtomicReference<List<Found>> last = new AtomicReference<>(List.of());
        try {
            await().atMost(TOPICS_CLEAN).pollInterval(Duration.ofSeconds(2)).until(() -> {
                last.set(scan.topics(markers));
                return last.get().isEmpty();
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("Still on the topics after " + TOPICS_CLEAN.toSeconds() + " s: " + last.get(), e);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Every place on the roster, withdrawn ones included. */
    private List<JsonNode> roster(UUID cohort) {
        List<JsonNode> places = new ArrayList<>();
        koers.roster(cohort, "organiser", "").get("items").forEach(places::add);
        koers.roster(cohort, "organiser", "&status=WITHDRAWN").get("items").forEach(places::add);
        return places;
    }

    private void theRosterKeepsItsPlacesWithoutTheParticipant(ParticipantData data, List<JsonNode> before) {
        await().atMost(Koers.CONVERGENCE).untilAsserted(() -> {
            List<JsonNode> after = roster(data.cohort);
            assertThat(after).as("the roster's places").hasSameSizeAs(before);
            assertThat(after.stream().map(p -> p.get("participantId").asString()).collect(Collectors.toList()))
                    .doesNotContain(data.participant).contains(data.peer)
                    .anySatisfy(id -> assertThat(id).startsWith("former-"));
            assertThat(after).filteredOn(p -> p.get("participantId").asString().startsWith("former-"))
                    .allSatisfy(p -> assertThat(p.path("displayName").isNull() || p.path("displayName").isMissingNode())
                            .as(p.toString()).isTrue());
        });
    }

    private JsonNode report(UUID cohort) {
        Api.Response report = api.get("/api/reports/cohorts/" + cohort, koers.token("organiser"));
        assertThat(report.status()).as(report.raw()).isEqualTo(200);
        return report.json();
    }

    /** The cohort's report once every fact of the set-up reached it: two reads a few seconds apart agree. */
    private JsonNode stableReport(UUID cohort) {
        AtomicReference<JsonNode> previous = new AtomicReference<>();
        await().atMost(Koers.CONVERGENCE).pollInterval(Duration.ofSeconds(3)).ignoreExceptions().until(() -> {
            JsonNode now = report(cohort);
            boolean same = now.equals(previous.get());
            previous.set(now);
            return same;
        });
        return previous.get();
    }

    private static List<String> parts(JsonNode erasure) {
        return erasure.get("parts").valueStream().map(p -> p.get("part").asString() + ":" + p.get("status").asString())
                .toList();
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
