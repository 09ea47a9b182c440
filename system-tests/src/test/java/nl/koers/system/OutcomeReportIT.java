package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A small cohort run to completion through the gateway, then its outcome report read as an organiser and as
 * the coalition user: every figure the test created, the small-group rule on a cohort of three, CSV for Excel.
 */
class OutcomeReportIT {

    private static final List<String> GROUP = List.of("participant20", "participant21", "participant22",
            "participant23", "participant24", "participant25", "participant26");
    private static final List<String> SMALL_GROUP = List.of("participant27", "participant28", "participant29");

    private final Koers koers = new Koers();
    private final Api api = koers.api;

    @Test
    void runsACohortToCompletionAndReportsWhatHappened() {
        String organiser = koers.token("organiser");
        String coalition = koers.token("coalition");
        UUID cohort = koers.openCohort(6);
        Map<String, String> enrolments = new HashMap<>();
        for (String participant : GROUP) {
            koers.fillInProfile(participant);
            Api.Response enrolled = koers.enrol(koers.token(participant), cohort);
            assertThat(enrolled.status()).as(enrolled.raw()).isEqualTo(201);
            enrolments.put(participant, enrolled.text("id"));
        }
        // Seven enrol for six seats: the last waits, and takes the seat the first gives up.
        Api.Response withdrawn = api.post("/api/enrolments/" + enrolments.get(GROUP.getFirst()) + "/withdraw",
                koers.token(GROUP.getFirst()), null);
        assertThat(withdrawn.text("status")).as(withdrawn.raw()).isEqualTo("WITHDRAWN");
        List<String> seated = GROUP.subList(1, GROUP.size());
        Map<String, String> confirmed = new HashMap<>();
        seated.forEach(p -> confirmed.put(p, "CONFIRMED"));
        koers.awaitRoster(cohort, confirmed);

        Api.Response session = api.post("/api/cohorts/" + cohort + "/sessions", organiser, Map.of("title", "Bijeenkomst 1",
                "startsAt", Instant.now().minusSeconds(7200).toString(), "endsAt", Instant.now().minusSeconds(3600).toString(),
                "place", "Utrecht"));
        assertThat(session.status()).as(session.raw()).isEqualTo(201);
        List<Map<String, String>> marks = seated.stream().map(p -> Map.of("participantId", p,
                "status", p.equals(seated.getFirst()) ? "ABSENT" : "PRESENT")).toList();
        Api.Response attendance = api.put("/api/sessions/" + session.text("id") + "/attendance",
                koers.token("facilitator"), Map.of("marks", marks));
        assertThat(attendance.status()).as(attendance.raw()).isEqualTo(200);

        for (int i = 0; i < seated.size(); i++) {
            String owner = koers.token(seated.get(i));
            Api.Response question = api.post("/api/development-questions", owner, Map.of("cohortId", cohort,
                    "text", "Hoe krijgt mijn team eigenaarschap over kwaliteit?", "scope", "INDIVIDUAL", "visibility", "PRIVATE"));
            assertThat(question.status()).as(question.raw()).isEqualTo(201);
            if (i < 2) {
                Api.Response refined = api.post("/api/development-questions/" + question.text("id") + "/revisions", owner,
                        Map.of("text", "Hoe maken we kwaliteit samen tot teamvraag?", "scope", "TEAM"));
                assertThat(refined.status()).as(refined.raw()).isEqualTo(201);
            }
        }

        Api.Response completed = api.post("/api/cohorts/" + cohort + "/complete", organiser, null);
        assertThat(completed.text("status")).as(completed.raw()).isEqualTo("COMPLETED");
        Map<String, String> done = new HashMap<>();
        seated.forEach(p -> done.put(p, "COMPLETED"));
        koers.awaitRoster(cohort, done);
        assertThat(api.post("/api/enrolments/" + enrolments.get(seated.getFirst()) + "/withdraw",
                koers.token(seated.getFirst()), null).status()).isEqualTo(409);

        String path = "/api/reports/cohorts/" + cohort;
        await().atMost(Koers.CONVERGENCE).untilAsserted(() -> {
            JsonNode report = api.get(path, organiser).json();
            assertThat(report.path("participation").path("completed").asInt()).isEqualTo(6);
            assertThat(report.path("developmentQuestions").path("logged").asInt()).isEqualTo(6);
            assertThat(report.path("developmentQuestions").path("becameTeamQuestions").asInt()).isEqualTo(2);
            assertThat(report.path("sessions").path("held").asInt()).isEqualTo(1);
        });
        JsonNode full = api.get(path, organiser).json();
        assertThat(full.get("participation").get("enrolled").asInt()).isEqualTo(7);
        assertThat(full.get("participation").get("withdrawn").asInt()).isEqualTo(1);
        assertThat(full.get("participation").get("waitlisted").asInt()).isZero();
        assertThat(full.get("participation").get("completionRate").asDouble()).isEqualTo(0.8571);
        assertThat(full.get("participation").get("bySector").get("MBO").asInt()).isEqualTo(7);
        assertThat(full.get("sessions").get("attendanceRate").asDouble()).isEqualTo(0.8333);
        assertThat(full.get("developmentQuestions").get("averageRefinements").asDouble()).isEqualTo(0.33);

        JsonNode aggregates = api.get(path, coalition).json();
        assertThat(aggregates.get("aggregatesOnly").asBoolean()).isTrue();
        assertThat(aggregates.get("participation").get("enrolled").asInt()).isEqualTo(7);
        assertThat(aggregates.get("participation").get("completed").asInt()).isEqualTo(6);
        assertThat(aggregates.get("participation").get("withdrawn").get("suppressed").asBoolean()).isTrue();
        // Every participant works at another institution: no institution shows, they add up under "other".
        assertThat(aggregates.get("participation").get("byInstitution").propertyNames()).containsExactly("other");
        assertThat(aggregates.get("participation").get("byInstitution").get("other").asInt()).isEqualTo(7);
        assertThat(aggregates.get("developmentQuestions").get("becameTeamQuestions").get("suppressed").asBoolean()).isTrue();
        assertThat(aggregates.toString()).doesNotContain("Deelnemer").doesNotContain("eigenaarschap");

        Api.Response csv = api.send("GET", path, coalition, null, Map.of("Accept", "text/csv", "Accept-Language", "nl"));
        assertThat(csv.status()).as(csv.raw()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.http().body().getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(csv.raw()).contains("Onderdeel;Kengetal;Groep;Waarde")
                .contains("Deelname;Ingeschreven (met plaats);;7")
                .contains("Deelname;Afrondingspercentage (EQAVET 4);;0,8571")
                .contains("Deelname;Afgemeld;;< 5");

        for (String role : List.of(GROUP.get(1), "facilitator")) {
            assertThat(api.get(path, koers.token(role)).status()).as(role).isEqualTo(403);
        }
        String trajectory = api.get("/api/cohorts/" + cohort, organiser).text("trajectoryId");
        assertThat(api.get("/api/reports/trajectories/" + trajectory, coalition).status()).isEqualTo(200);
        JsonNode schoolYear = api.get("/api/reports/coalitions/teams-aan-zet", coalition).json();
        assertThat(schoolYear.get("cohorts").get("completed").asInt()).isPositive();
    }

    @Test
    void suppressesASmallGroupForTheCoalitionButNotForTheOrganiser() {
        String organiser = koers.token("organiser");
        UUID cohort = koers.openCohort(5);
        for (String participant : SMALL_GROUP) {
            koers.fillInProfile(participant);
            assertThat(koers.enrol(koers.token(participant), cohort).status()).isEqualTo(201);
        }
        Map<String, String> confirmed = new HashMap<>();
        SMALL_GROUP.forEach(p -> confirmed.put(p, "CONFIRMED"));
        koers.awaitRoster(cohort, confirmed);
        assertThat(api.post("/api/cohorts/" + cohort + "/complete", organiser, null).status()).isEqualTo(200);

        String path = "/api/reports/cohorts/" + cohort;
        await().atMost(Koers.CONVERGENCE).until(() ->
                api.get(path, organiser).json().path("participation").path("completed").asInt() == 3);
        JsonNode aggregates = api.get(path, koers.token("coalition")).json();
        assertThat(aggregates.get("participation").get("enrolled").get("suppressed").asBoolean()).isTrue();
        assertThat(aggregates.get("participation").get("completed").get("suppressed").asBoolean()).isTrue();
        assertThat(aggregates.get("participation").get("completionRate").get("suppressed").asBoolean()).isTrue();
        assertThat(aggregates.get("participation").get("completed").isNumber()).isFalse();
        Api.Response csv = api.send("GET", path, koers.token("coalition"), null, Map.of("Accept", "text/csv"));
        assertThat(csv.raw()).contains("Participation;Completed;;< 5").doesNotContain("Completed;;0");
        assertThat(api.get(path, koers.token("organiser")).json().get("participation").get("enrolled").asInt()).isEqualTo(3);
        assertThat(UUID.fromString(aggregates.get("id").asString())).isEqualTo(cohort);
    }
}
