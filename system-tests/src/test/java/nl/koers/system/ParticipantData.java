package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nl.koers.testsupport.Api;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A participant with data in every service, made through the gateway as they and the people around them would,
 * for the privacy tests: a profile, an enrolment with a motivation, attendance of the cohort's held sessions, a
 * development question refined twice with a stakeholder map, a reflection, a case, an intervention with a step
 * carried out, feedback on it from the facilitator, feedback they gave on a peer's intervention, an evaluation
 * submitted and a calendar subscription. Every text and personal field carries a word made for this run only
 * ({@link #markers()}), so a scan can tell exactly where the participant's data still is.
 */
final class ParticipantData {

    final String participant;
    final String peer;
    final UUID cohort;
    final List<String> sessions = new ArrayList<>();
    /** The participant's personal fields and texts, by what they are: name, email, motivation, question-1... */
    final Map<String, String> markers = new LinkedHashMap<>();
    /** Text the participant wrote into someone else's record: it stays there, without its author. */
    String feedbackGiven;
    /** Their anonymous evaluation comment: it stays, linked to nobody, and is never in their export. */
    String evaluationComment;
    String enrolmentId;
    String questionId;
    String reflectionId;
    String caseId;
    String interventionId;
    String peerInterventionId;
    String calendarToken;

    private final Koers koers;
    private final Api api;

    private ParticipantData(Koers koers, String participant, String peer, UUID cohort) {
        this.koers = koers;
        this.api = koers.api;
        this.participant = participant;
        this.peer = peer;
        this.cohort = cohort;
    }

    /** Everything above, in a new cohort of its own with {@code heldSessions} sessions held in the past days. */
    static ParticipantData create(Koers koers, String participant, String peer, int heldSessions) {
        ParticipantData data = new ParticipantData(koers, participant, peer, koers.openCohort(10));
        data.make(heldSessions);
        return data;
    }

    /** Only a profile, an enrolment, a development question and a reflection: a little data in every service. */
    static ParticipantData some(Koers koers, String participant) {
        ParticipantData data = new ParticipantData(koers, participant, null, koers.openCohort(10));
        data.profileAndEnrolment();
        data.question();
        data.reflection();
        return data;
    }

    Map<String, String> markers() {
        return markers;
    }

    String token() {
        return koers.token(participant);
    }

    private void make(int heldSessions) {
        profileAndEnrolment();
        koers.fillInProfile(peer);
        ok(koers.enrol(koers.token(peer), cohort), "peer's enrolment");
        Instant first = Instant.now().minus(Duration.ofDays(2L + 7L * heldSessions)).truncatedTo(ChronoUnit.HOURS);
        for (int n = 0; n < heldSessions; n++) {
            Instant startsAt = first.plus(Duration.ofDays(7L * n));
            sessions.add(ok(api.post("/api/cohorts/" + cohort + "/sessions", koers.token("organiser"), Map.of(
                    "title", "Bijeenkomst " + (n + 1), "startsAt", startsAt.toString(),
                    "endsAt", startsAt.plus(Duration.ofHours(3)).toString(), "place", "Utrecht")), "session").text("id"));
        }
        for (String session : sessions) {
            eventually("attendance", () -> api.put("/api/sessions/" + session + "/attendance", koers.token("facilitator"),
                    Map.of("marks", List.of(Map.of("participantId", participant, "status", "PRESENT"),
                            Map.of("participantId", peer, "status", "EXCUSED")))));
        }
        question();
        String owner = token();
        String map = "/api/development-questions/" + questionId + "/stakeholder-map";
        ok(api.send("PUT", map, owner, Map.of("stakeholders", List.of(Map.of("nameOrRole", marker("stakeholder",
                "Teamleider"), "level", "TEAM", "influence", 4, "interest", 5, "stance", "SUPPORTER", "toInvolve", true))),
                Map.of("If-Match", "*")), "stakeholder map");
        reflection();
        caseId = ok(api.post("/api/cases", owner, Map.of("cohortId", cohort, "title", marker("case-title", "Uitval"),
                "situation", marker("case-situation", "Teams zien de oorzaken van uitval niet"), "visibility", "COHORT")),
                "case").text("id");
        interventionId = ok(api.post("/api/interventions", owner, Map.of("cohortId", cohort, "kind", "ACTION_PLAN",
                "title", marker("intervention-title", "Uitval bespreekbaar maken"),
                "goal", marker("intervention-goal", "Teams gebruiken data"), "visibility", "COHORT", "caseId", caseId,
                "steps", List.of(Map.of("description", marker("step", "Dashboard tonen in het teamoverleg"),
                        "who", "kwaliteitszorg")))), "intervention").text("id");
        String intervention = "/api/interventions/" + interventionId;
        ok(api.post(intervention + "/start", owner, null), "start");
        ok(api.post(intervention + "/carry-out", owner, Map.of("experience", marker("experience",
                "Het team herkende de patronen"))), "carry-out");
        ok(api.post(intervention + "/feedback", koers.token("facilitator"), Map.of("text", marker("feedback-received",
                "Sterk: van individueel naar team"))), "facilitator's feedback");

        peerInterventionId = ok(api.post("/api/interventions", koers.token(peer), Map.of("cohortId", cohort,
                "kind", "COMPACT", "title", "Gesprek met mijn leidinggevende", "goal", "Rolhelderheid",
                "visibility", "COHORT")), "peer's intervention").text("id");
        feedbackGiven = unique("gegeven") + " Betrek ook de studentenraad";
        ok(api.post("/api/interventions/" + peerInterventionId + "/feedback", owner, Map.of("text", feedbackGiven)),
                "feedback given");

        Map<String, Integer> ratings = new LinkedHashMap<>();
        api.get("/api/evaluations/items?cohortId=" + cohort, owner).json().get("items")
                .forEach(item -> ratings.put(item.get("key").asString(), 4));
        evaluationComment = unique("evaluatie") + " Sparren met collega's was het waardevolst";
        eventually("evaluation", () -> api.post("/api/evaluations", owner, Map.of("cohortId", cohort, "ratings", ratings,
                "comment", evaluationComment)));
        String feed = ok(api.post("/api/sessions/calendar/subscription", owner, null), "calendar subscription")
                .text("path");
        calendarToken = feed.substring(feed.lastIndexOf('/') + 1).replaceFirst("\\.ics$", "");
    }

    private void profileAndEnrolment() {
        String name = "Wieteke " + unique("zandvliet");
        markers.put("name", name.substring(name.indexOf(' ') + 1));
        markers.put("email", unique("w.zandvliet") + "@roc-privacy.nl");
        markers.put("institution", unique("rocdelta"));
        ok(api.put("/api/participants/me", token(), Map.of("displayName", name, "email", markers.get("email"),
                "institution", "ROC " + markers.get("institution"), "sector", "MBO", "function", "teamleider")), "profile");
        enrolmentId = eventually("enrolment", () -> api.post("/api/enrolments", token(), Map.of("cohortId", cohort,
                "motivation", marker("motivation", "Ik wil leren hoe mijn team zelf verantwoordelijkheid neemt"))))
                .text("id");
    }

    private void question() {
        String owner = token();
        questionId = eventually("development question", () -> api.post("/api/development-questions", owner, Map.of(
                "cohortId", cohort, "text", marker("question-1", "Hoe krijg ik mijn collega's mee?"),
                "scope", "INDIVIDUAL", "visibility", "FACILITATORS"))).text("id");
        if (peer == null) {
            return;
        }
        for (int n = 2; n <= 3; n++) {
            ok(api.post("/api/development-questions/" + questionId + "/revisions", owner, Map.of(
                    "text", marker("question-" + n, "Hoe maken wij als team de kwaliteitscyclus van ons?"),
                    "scope", n == 3 ? "TEAM" : "INDIVIDUAL")), "refinement " + n);
        }
    }

    private void reflection() {
        reflectionId = eventually("reflection", () -> api.post("/api/reflections", token(), Map.of("cohortId", cohort,
                "text", marker("reflection", "Ik zag dat kwaliteit pas leeft als het team zelf benoemt wanneer het trots is"),
                "visibility", "FACILITATORS"))).text("id");
    }

    /** A sentence with a word of its own, kept as the marker to look for; the word comes first, before any cut. */
    private String marker(String kind, String sentence) {
        String word = unique(kind.replace("-", ""));
        markers.put(kind, word);
        return word + " " + sentence;
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
    }

    private static Api.Response ok(Api.Response response, String what) {
        assertThat(response.status()).as(what + ": " + response.raw()).isBetween(200, 299);
        return response;
    }

    private static Api.Response eventually(String what, Supplier<Api.Response> make) {
        AtomicReference<Api.Response> last = new AtomicReference<>();
        try {
            await().atMost(Koers.CONVERGENCE).pollInterval(Duration.ofMillis(300)).until(() -> {
                last.set(make.get());
                return last.get().status() / 100 == 2;
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(what + " not accepted within " + Koers.CONVERGENCE.toSeconds() + " s: "
                    + (last.get() == null ? "no answer" : last.get().status() + " " + last.get().raw()), e);
        }
        return last.get();
    }
}
