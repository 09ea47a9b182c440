package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The right of access, end to end through the gateway: the one export file ({@code GET /api/privacy/export})
 * holds what the test made for the participant in every service, each part included, and nothing that is not
 * theirs to take (the calendar address's secret, their anonymous evaluation answers); nobody else gets it.
 */
class ExportIT {

    private final Koers koers = new Koers();
    private final Api api = koers.api;

    @Test
    void theExportHoldsEverythingMadeForTheParticipantAndNothingElse() {
        ParticipantData data = ParticipantData.create(koers, "participant91", "participant92", 2);

        long started = System.nanoTime();
        Api.Response export = api.get("/api/privacy/export", data.token());
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(export.status()).as(export.raw()).isEqualTo(200);
        System.out.printf("Export of %s: %d bytes in %d ms%n", data.participant, export.raw().length(), tookMs);

        JsonNode file = export.json();
        assertThat(file.path("format").asString()).isEqualTo("koers-export/1");
        assertThat(file.path("participantId").asString()).isEqualTo(data.participant);
        for (String part : List.of("enrolment", "trajectory", "reflection", "notification")) {
            JsonNode included = file.path("parts").path(part);
            assertThat(included.path("status").asString()).as(part + ": " + included).isEqualTo("included");
            assertThat(included.path("data").path("participantId").asString()).as(part).isEqualTo(data.participant);
        }

        Map<String, String> m = data.markers();
        assertPart(file, "enrolment", m.get("name"), m.get("email"), m.get("institution"), m.get("motivation"),
                data.enrolmentId, data.cohort.toString());
        assertPart(file, "trajectory", m.get("question-1"), m.get("question-2"), m.get("question-3"),
                m.get("stakeholder"), data.questionId, data.cohort.toString(), data.sessions.get(0), data.sessions.get(1),
                "PRESENT");
        assertPart(file, "reflection", m.get("reflection"), m.get("case-title"), m.get("case-situation"),
                m.get("intervention-title"), m.get("intervention-goal"), m.get("step"), m.get("experience"),
                m.get("feedback-received"), data.feedbackGiven, data.reflectionId, data.caseId, data.interventionId,
                data.peerInterventionId);
        theEnrolmentPartIsAsMade(file.path("parts").path("enrolment").path("data"), data);
        theTrajectoryPartIsAsMade(file.path("parts").path("trajectory").path("data"), data);
        theReflectionPartIsAsMade(file.path("parts").path("reflection").path("data"), data);
        // As docs/privacy/export-notification.md describes it: where Koers mails them, and what it sent.
        assertPart(file, "notification", m.get("email"), "ENROLMENT_CONFIRMED", data.cohort.toString());
        assertThat(export.raw()).as("the calendar address's secret").doesNotContain(data.calendarToken);
        assertThat(export.raw()).as("the anonymous evaluation answers").doesNotContain(data.evaluationComment);

        theExportIsNobodyElses(data);
    }

    private void theExportIsNobodyElses(ParticipantData data) {
        List<String> theirs = data.markers().values().stream().toList();
        Api.Response peers = api.get("/api/privacy/export", koers.token(data.peer));
        assertThat(peers.status()).as(peers.raw()).isEqualTo(200);
        assertThat(peers.json().path("participantId").asString()).isEqualTo(data.peer);
        assertThat(peers.raw()).as("the peer's own export").doesNotContain(theirs);
        for (String part : List.of("enrolment", "trajectory", "reflection", "notification")) {
            Api.Response asked = api.get("/api/privacy/" + part + "/export?participantId=" + data.participant,
                    koers.token(data.peer));
            assertThat(asked.raw()).as("the peer asking for " + part + " of " + data.participant).doesNotContain(theirs);
        }
        for (String staff : List.of("facilitator", "organiser", "admin")) {
            Api.Response refused = api.get("/api/privacy/export", koers.token(staff));
            assertThat(refused.status()).as(staff + ": " + refused.raw()).isEqualTo(403);
            assertThat(refused.raw()).doesNotContain(theirs);
        }
        assertThat(api.get("/api/privacy/export", null).status()).isEqualTo(401);
    }

    /** As {@code docs/privacy/export-enrolment.md} describes it. */
    private static void theEnrolmentPartIsAsMade(JsonNode part, ParticipantData data) {
        assertThat(part.path("profile").path("email").asString()).isEqualTo(data.markers().get("email"));
        assertThat(part.path("profile").path("displayName").asString()).contains(data.markers().get("name"));
        assertThat(part.path("enrolments").valueStream().filter(e -> e.path("id").asString().equals(data.enrolmentId)))
                .as(part.toString()).singleElement().satisfies(e -> {
                    assertThat(e.path("cohortId").asString()).isEqualTo(data.cohort.toString());
                    assertThat(e.path("status").asString()).isEqualTo("CONFIRMED");
                    assertThat(e.path("motivation").asString()).startsWith(data.markers().get("motivation"));
                });
    }

    /** As {@code docs/privacy/export-trajectory.md} describes it. */
    private static void theTrajectoryPartIsAsMade(JsonNode part, ParticipantData data) {
        Map<String, String> m = data.markers();
        assertThat(part.path("cohorts").valueStream().map(c -> c.path("cohortId").asString() + ":"
                + c.path("rosterStatus").asString())).containsExactly(data.cohort + ":CONFIRMED");
        assertThat(part.path("attendance").valueStream().map(a -> a.path("sessionId").asString() + ":"
                + a.path("status").asString())).containsExactlyInAnyOrder(data.sessions.get(0) + ":PRESENT",
                data.sessions.get(1) + ":PRESENT");
        assertThat(part.path("developmentQuestions").valueStream()).singleElement().satisfies(q -> {
            assertThat(q.path("id").asString()).isEqualTo(data.questionId);
            assertThat(q.path("revisions").valueStream().map(r -> r.path("number").asInt() + ":"
                    + r.path("text").asString().split(" ")[0])).containsExactly("1:" + m.get("question-1"),
                    "2:" + m.get("question-2"), "3:" + m.get("question-3"));
        });
        assertThat(part.path("stakeholderMaps").valueStream()).singleElement().satisfies(map -> {
            assertThat(map.path("questionId").asString()).isEqualTo(data.questionId);
            assertThat(map.path("stakeholders").path(0).path("nameOrRole").asString()).startsWith(m.get("stakeholder"));
        });
        assertThat(part.path("calendarSubscription").path("exists").asBoolean()).isTrue();
    }

    /** As {@code docs/privacy/export-reflection.md} describes it. */
    private static void theReflectionPartIsAsMade(JsonNode part, ParticipantData data) {
        Map<String, String> m = data.markers();
        assertThat(part.path("reflections").valueStream().map(r -> r.path("id").asString()))
                .containsExactly(data.reflectionId);
        assertThat(part.path("cases").valueStream().map(c -> c.path("title").asString() + " / "
                + c.path("situation").asString())).singleElement().asString()
                .contains(m.get("case-title"), m.get("case-situation"));
        assertThat(part.path("interventions").valueStream().filter(i -> i.path("id").asString().equals(data.interventionId)))
                .singleElement().satisfies(i -> {
                    assertThat(i.path("steps").path(0).path("description").asString()).startsWith(m.get("step"));
                    assertThat(i.path("experience").asString()).startsWith(m.get("experience"));
                    assertThat(i.path("status").asString()).isEqualTo("CARRIED_OUT");
                });
        assertThat(part.path("interventions").toString()).as("the peer's intervention is theirs")
                .doesNotContain(data.peerInterventionId);
        assertThat(part.path("feedbackGiven").valueStream()).singleElement().satisfies(f -> {
            assertThat(f.path("interventionId").asString()).isEqualTo(data.peerInterventionId);
            assertThat(f.path("text").asString()).isEqualTo(data.feedbackGiven);
        });
        assertThat(part.path("feedbackReceived").valueStream()).singleElement().satisfies(f -> {
            assertThat(f.path("interventionId").asString()).isEqualTo(data.interventionId);
            assertThat(f.path("giverRole").asString()).isEqualTo("FACILITATOR");
            assertThat(f.path("text").asString()).startsWith(m.get("feedback-received"));
        });
        assertThat(part.path("evaluations").valueStream()).singleElement().satisfies(e -> {
            assertThat(e.path("cohortId").asString()).isEqualTo(data.cohort.toString());
            assertThat(e.path("submitted").asBoolean()).isTrue();
            assertThat(e.propertyNames()).as("yes or no only, never the answers").containsExactlyInAnyOrder("cohortId",
                    "submitted");
        });
    }

    private static void assertPart(JsonNode file, String part, String... texts) {
        String data = file.path("parts").path(part).path("data").toString();
        for (String text : texts) {
            assertThat(data).as("the " + part + " part holds " + text).contains(text);
        }
    }
}
