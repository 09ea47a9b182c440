package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;

/**
 * What participants do between and after sessions, end to end through the gateway with tokens from the
 * identity provider: sessions scheduled in trajectory-service, enrolments in enrolment-service, and
 * reflection-service learning both from events. Every visibility rule is checked for every role.
 */
class ReflectionStoryIT {

    private static final List<String> ROLES = List.of("owner", "member", "facilitator", "outsider", "organiser",
            "admin", "coalition");

    private final Koers koers = new Koers();
    private final Api api = koers.api;
    private final String organiser = koers.token("organiser");
    private final String facilitator = koers.token("facilitator");
    private final String p1 = koers.token("participant11");
    private final String p2 = koers.token("participant12");
    private final String p3 = koers.token("participant13");
    private final String p4 = koers.token("participant14");
    private final String p5 = koers.token("participant15");
    private final String p6 = koers.token("participant16");
    private final String outsider = koers.token("participant17");

    @Test
    void participantsReflectAnalyseCasesCarryOutInterventionsGetFeedbackAndEvaluateTheTrajectory() {
        UUID cohort = koers.openCohort(10);
        UUID otherCohort = otherCohortWith("participant17");
        Map<String, String> enrolments = new java.util.HashMap<>();
        for (String user : List.of("participant11", "participant12", "participant13", "participant14", "participant15",
                "participant16")) {
            koers.fillInProfile(user);
            Api.Response enrolled = koers.enrol(koers.token(user), cohort);
            assertThat(enrolled.text("status")).as(enrolled.raw()).isEqualTo("CONFIRMED");
            enrolments.put(user, enrolled.text("id"));
        }

        // Sessions: three held already, the last one still to come.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> sessions = new java.util.ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            sessions.add(schedule(cohort, n, now.minus(Duration.ofDays(40 - 10L * n))));
        }
        String last = schedule(cohort, 4, now.plus(Duration.ofDays(7)));
        await().atMost(Koers.CONVERGENCE).until(() -> api.get("/api/reflections/prompts/" + last, organiser).status() == 200);
        // Confirmed participants see the session's prompts once their enrolment reached reflection-service.
        for (String participant : List.of(p1, p2, p3, p4, p5, p6)) {
            await().atMost(Koers.CONVERGENCE).until(() -> api.get("/api/reflections/prompts/" + last, participant).status() == 200);
        }

        // Prompts for session 2: the role you are given and the role you take; tevreden and trots.
        Api.Response prompts = api.put("/api/reflections/prompts/" + sessions.get(1), organiser, Map.of("prompts", List.of(
                Map.of("key", "rol", "question", "De rol die je krijgt en de rol die je zelf neemt"),
                Map.of("key", "tevreden-trots", "question", "Wanneer zijn we tevreden, wanneer trots?"))));
        assertThat(prompts.status()).as(prompts.raw()).isEqualTo(200);
        assertProblem(api.put("/api/reflections/prompts/" + sessions.get(1), p1, Map.of("prompts", List.of())), 403);
        assertThat(api.get("/api/reflections/prompts/" + sessions.get(1), p2).json().get("prompts").size()).isEqualTo(2);
        assertProblem(api.get("/api/reflections/prompts/" + sessions.get(1), outsider), 404);

        // Reflections, one per visibility, each checked for every role.
        Map<String, String> reflections = new java.util.LinkedHashMap<>();
        for (String visibility : List.of("PRIVATE", "FACILITATORS", "COHORT")) {
            Api.Response written = api.post("/api/reflections", p1, Map.of("cohortId", cohort,
                    "sessionId", sessions.get(1), "visibility", visibility, "text", "Reflectie " + visibility,
                    "prompts", Map.of("rol", "Ik neem meer dan me is toegewezen", "tevreden-trots", "Trots op ons team")));
            assertThat(written.status()).as(written.raw()).isEqualTo(201);
            reflections.put(visibility, written.text("id"));
        }
        Map<String, String> tokens = Map.of("owner", p1, "member", p2, "facilitator", facilitator, "outsider", outsider,
                "organiser", organiser, "admin", koers.token("admin"), "coalition", koers.token("coalition"));
        Map<String, List<String>> readers = Map.of("PRIVATE", List.of("owner"),
                "FACILITATORS", List.of("owner", "facilitator"), "COHORT", List.of("owner", "member", "facilitator"));
        reflections.forEach((visibility, id) -> ROLES.forEach(role -> {
            Api.Response read = api.get("/api/reflections/" + id, tokens.get(role));
            boolean allowed = readers.get(visibility).contains(role);
            assertThat(read.status()).as(visibility + " reflection read by " + role + ": " + read.raw())
                    .isEqualTo(allowed ? 200 : 404);
            assertThat(read.raw()).as(role).contains(allowed ? "Reflectie" : "not-found");
            assertThat(api.get("/api/reflections?cohortId=" + cohort + "&size=100", tokens.get(role)).raw().contains(id))
                    .as(visibility + " listed for " + role).isEqualTo(allowed);
        }));
        Api.Response counts = api.get("/api/reflections/counts?cohortId=" + cohort, organiser);
        assertThat(counts.json().get("total").asInt()).as(counts.raw()).isEqualTo(3);
        assertThat(counts.raw()).doesNotContain("Reflectie");
        assertProblem(api.get("/api/reflections/counts?cohortId=" + cohort, p1), 403);

        // Optimistic concurrency on reflections.
        String cohortReflection = "/api/reflections/" + reflections.get("COHORT");
        Map<String, Object> revision = Map.of("text", "Herzien na sessie 3", "visibility", "COHORT");
        assertProblem(api.send("PUT", cohortReflection, p1, revision, Map.of("If-Match", "\"7\"")), 412);
        Api.Response revised = api.send("PUT", cohortReflection, p1, revision, Map.of("If-Match", "\"1\""));
        assertThat(revised.header("ETag")).as(revised.raw()).isEqualTo("\"2\"");
        assertProblem(api.send("PUT", cohortReflection, p2, revision, Map.of()), 403);
        assertProblem(api.send("DELETE", cohortReflection, p1, null, Map.of("If-Match", "\"1\"")), 412);

        // A case brought in and analysed with the cohort's role fan, as the organiser defined it.
        Api.Response roles = api.put("/api/role-fans/" + cohort, organiser, Map.of("roles", List.of(
                Map.of("key", "board", "label", "College van bestuur"), Map.of("key", "team-leader", "label", "Teamleider"),
                Map.of("key", "team", "label", "Onderwijsteam"), Map.of("key", "quality-officer", "label", "Kwaliteitszorg"))));
        assertThat(roles.status()).as(roles.raw()).isEqualTo(200);
        assertProblem(api.put("/api/role-fans/" + cohort, p1,
                Map.of("roles", List.of(Map.of("key", "team", "label", "Team")))), 403);
        Api.Response brought = api.post("/api/cases", p1, Map.of("cohortId", cohort,
                "title", "Teams zien de oorzaken van uitval niet", "situation", "Data over uitval blijft liggen",
                "roles", List.of(Map.of("role", "team", "contribution", "Data samen duiden"),
                        Map.of("role", "quality-officer", "contribution", "Dashboard toegankelijk maken"))));
        assertThat(brought.text("status")).as(brought.raw()).isEqualTo("ANALYSED");
        String caseId = brought.text("id");
        assertProblem(api.put("/api/cases/" + caseId + "/analysis", p1,
                Map.of("roles", List.of(Map.of("role", "student", "contribution", "x")))), 422);
        assertThat(api.get("/api/cases/" + caseId, p2).status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + caseId, facilitator).status()).isEqualTo(200);
        assertProblem(api.get("/api/cases/" + caseId, organiser), 404);
        assertProblem(api.get("/api/cases/" + caseId, outsider), 404);

        // A work group's action plan from that case, and a private compact intervention.
        Api.Response plan = api.post("/api/interventions", p1, Map.of("cohortId", cohort, "caseId", caseId,
                "kind", "ACTION_PLAN", "title", "Uitval bespreekbaar maken", "goal", "Teams gebruiken data over uitval",
                "coOwnerIds", List.of("participant12"),
                "steps", List.of(Map.of("description", "Dashboard tonen in teamoverleg", "who", "kwaliteitszorg",
                                "dueDate", LocalDate.now().plusDays(14).toString()),
                        Map.of("description", "Oorzaken benoemen met de kaartenset", "who", "onderwijsteam"))));
        assertThat(plan.status()).as(plan.raw()).isEqualTo(201);
        String intervention = "/api/interventions/" + plan.text("id");
        Api.Response compact = api.post("/api/interventions", p3, Map.of("cohortId", cohort, "kind", "COMPACT",
                "title", "Gesprek met mijn leidinggevende", "goal", "Rolhelderheid", "visibility", "PRIVATE"));
        assertThat(compact.status()).as(compact.raw()).isEqualTo(201);
        assertProblem(api.get("/api/interventions/" + compact.text("id"), p1), 404);
        assertProblem(api.get("/api/interventions/" + compact.text("id"), facilitator), 404);
        assertProblem(api.post("/api/interventions", p3, Map.of("cohortId", cohort, "kind", "COMPACT", "title", "t",
                "goal", "g", "steps", List.of(Map.of("description", "d", "who", "w")))), 422);

        assertThat(api.post(intervention + "/start", p2, null).text("status")).isEqualTo("IN_PROGRESS");
        assertProblem(api.post(intervention + "/start", p1, null), 409);
        assertProblem(api.post(intervention + "/start", p4, null), 403);
        assertThat(api.post(intervention + "/carry-out", p1, Map.of("experience", "Het team herkende de patronen"))
                .text("status")).isEqualTo("CARRIED_OUT");
        assertProblem(api.post(intervention + "/reflect", p1, Map.of("nextSteps", "verder")), 409);
        assertThat(api.post(intervention + "/feedback", p4, Map.of("text", "Betrek ook de studenten")).status()).isEqualTo(201);
        assertThat(api.post(intervention + "/feedback", facilitator, Map.of("text", "Sterk: van individueel naar team"))
                .text("giverRole")).isEqualTo("FACILITATOR");
        assertProblem(api.post(intervention + "/feedback", p2, Map.of("text", "eigen")), 422);
        assertProblem(api.post(intervention + "/feedback", outsider, Map.of("text", "x")), 404);
        assertThat(api.get(intervention + "/feedback", p3).json().get("totalItems").asInt()).isEqualTo(2);
        assertProblem(api.get(intervention + "/feedback", organiser), 404);
        assertProblem(api.get(intervention, organiser), 404);
        assertThat(api.post(intervention + "/reflect", p2, Map.of("nextSteps", "Op collegeniveau toetsen"))
                .text("status")).isEqualTo("REFLECTED");

        // A participant who withdraws loses write access and what the cohort shared, keeps their own.
        String p6Reflection = api.post("/api/reflections", p6, Map.of("cohortId", cohort, "text", "Mijn eigen reflectie",
                "visibility", "PRIVATE")).text("id");
        api.post("/api/enrolments/" + enrolments.get("participant16") + "/withdraw", p6, null);
        await().atMost(Koers.CONVERGENCE).until(() -> api.post("/api/reflections", p6, Map.of("cohortId", cohort,
                "text", "Nog een", "visibility", "PRIVATE")).status() == 403);
        assertProblem(api.get(cohortReflection, p6), 404);
        assertThat(api.get("/api/reflections/" + p6Reflection, p6).status()).isEqualTo(200);

        // Evaluation: not before the last session is over; items per trajectory; once per participant.
        String trajectoryId = api.get("/api/cohorts/" + cohort, organiser).text("trajectoryId");
        Api.Response items = api.put("/api/evaluations/items/" + trajectoryId, organiser, Map.of("items", List.of(
                Map.of("key", "relevance", "label", "Relevantie voor mijn ontwikkelvraag"),
                Map.of("key", "peer-exchange", "label", "Sparren met collega's van andere instellingen"),
                Map.of("key", "overall", "label", "Het traject als geheel"))));
        assertThat(items.status()).as(items.raw()).isEqualTo(200);
        assertThat(api.get("/api/evaluations/items?cohortId=" + cohort, p1).json().get("items").size()).isEqualTo(3);
        Map<String, Integer> ratings = Map.of("relevance", 4, "peer-exchange", 5, "overall", 4);
        assertProblem(api.post("/api/evaluations", p1, evaluation(cohort, ratings)), 409);
        Api.Response moved = api.patch("/api/sessions/" + last, organiser, Map.of(
                "startsAt", now.minus(Duration.ofHours(5)).toString(), "endsAt", now.minus(Duration.ofHours(2)).toString()));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        await().atMost(Koers.CONVERGENCE).until(() -> api.post("/api/evaluations", p1, evaluation(cohort, ratings)).status() == 201);
        assertProblem(api.post("/api/evaluations", p1, evaluation(cohort, ratings)), 409);
        assertProblem(api.post("/api/evaluations", p2, evaluation(cohort, Map.of("relevance", 4, "catering", 2, "overall", 3))), 422);
        assertProblem(api.post("/api/evaluations", p2, evaluation(cohort, Map.of("relevance", 9, "peer-exchange", 5, "overall", 4))), 400);
        assertProblem(api.post("/api/evaluations", p6, evaluation(cohort, ratings)), 403);
        assertProblem(api.post("/api/evaluations", facilitator, evaluation(cohort, ratings)), 403);
        for (String participant : List.of(p2, p3, p4)) {
            assertThat(api.post("/api/evaluations", participant, evaluation(cohort, ratings)).status()).isEqualTo(201);
        }
        for (String reader : List.of(organiser, facilitator)) {
            Api.Response suppressed = api.get("/api/evaluations/summary?cohortId=" + cohort, reader);
            assertThat(suppressed.json().get("suppressed").asBoolean()).as(suppressed.raw()).isTrue();
            assertThat(suppressed.json().has("responses")).isFalse();
            assertThat(suppressed.raw()).doesNotContain("Waardevol");
        }
        assertThat(api.post("/api/evaluations", p5, evaluation(cohort, Map.of("relevance", 2, "peer-exchange", 5,
                "overall", 4))).status()).isEqualTo(201);
        Api.Response summary = api.get("/api/evaluations/summary?cohortId=" + cohort, organiser);
        assertThat(summary.json().get("suppressed").asBoolean()).as(summary.raw()).isFalse();
        assertThat(summary.json().get("responses").asInt()).isEqualTo(5);
        assertThat(summary.json().get("items").get(0).get("key").asString()).isEqualTo("relevance");
        assertThat(summary.json().get("items").get(0).get("average").asDouble()).isEqualTo(3.6);
        assertThat(summary.json().get("items").get(0).get("distribution").get("2").asInt()).isEqualTo(1);
        assertThat(summary.json().get("comments").size()).isEqualTo(5);
        assertThat(summary.raw()).doesNotContain("participant1");
        assertThat(api.get("/api/evaluations/summary?cohortId=" + cohort, facilitator).status()).isEqualTo(200);
        assertProblem(api.get("/api/evaluations/summary?cohortId=" + cohort, p1), 403);
        assertProblem(api.get("/api/evaluations/summary?cohortId=" + otherCohort, facilitator), 404);
    }

    @Test
    void refusesBadInputWithProblemDetailsThroughTheGateway() {
        UUID cohort = koers.openCohort(3);
        assertProblem(api.post("/api/reflections", p1, "{broken"), 400);
        assertProblem(api.post("/api/reflections", p1, Map.of("cohortId", cohort, "text", "x", "visibility", "EVERYONE")), 400);
        assertProblem(api.post("/api/reflections", p1, Map.of("cohortId", cohort, "text", "x".repeat(10_001),
                "visibility", "PRIVATE")), 400);
        assertProblem(api.post("/api/reflections", p1, Map.of("cohortId", cohort, "text", "x", "visibility", "PRIVATE")), 403);
        assertProblem(api.get("/api/reflections?size=101", p1), 400);
        assertProblem(api.get("/api/interventions?cohortId=" + cohort + "&page=-1", p1), 400);
        assertProblem(api.get("/api/reflections/" + UUID.randomUUID(), p1), 404);
        assertProblem(api.get("/api/evaluations/summary?cohortId=not-a-uuid", organiser), 400);
        assertProblem(api.get("/api/reflections", null), 401);
    }

    private String schedule(UUID cohort, int sequence, Instant startsAt) {
        Api.Response session = api.post("/api/cohorts/" + cohort + "/sessions", organiser, Map.of("sequence", sequence,
                "title", "Bijeenkomst " + sequence, "startsAt", startsAt.toString(),
                "endsAt", startsAt.plus(Duration.ofHours(3)).toString(), "place", "Utrecht"));
        assertThat(session.status()).as(session.raw()).isEqualTo(201);
        return session.text("id");
    }

    /** A cohort the demo facilitator does not facilitate, with one confirmed participant. */
    private UUID otherCohortWith(String participant) {
        Api.Response trajectory = api.post("/api/trajectories", organiser, Map.of("title", "LOCK",
                "description", "Leren Onderzoeken Creëren Kwaliteitscultuur", "organiser", "Platform Samen Opleiden",
                "coalitionIds", List.of("samen-opleiden")));
        Api.Response cohort = api.post("/api/trajectories/" + trajectory.text("id") + "/cohorts", organiser, Map.of(
                "name", "Groep " + UUID.randomUUID().toString().substring(0, 8), "capacity", 5,
                "startsOn", LocalDate.now().plusDays(30).toString(), "endsOn", LocalDate.now().plusDays(200).toString(),
                "facilitatorIds", List.of("expert-lock")));
        assertThat(cohort.status()).as(cohort.raw()).isEqualTo(201);
        UUID id = UUID.fromString(cohort.text("id"));
        api.post("/api/cohorts/" + id + "/open", organiser, null);
        koers.fillInProfile(participant);
        await().atMost(Koers.CONVERGENCE).until(() -> koers.enrol(koers.token(participant), id).status() == 201);
        return id;
    }

    private static Map<String, Object> evaluation(UUID cohort, Map<String, Integer> ratings) {
        return Map.of("cohortId", cohort, "ratings", ratings, "comment", "Waardevol om te sparren");
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
