package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 3 end to end through the gateway, with tokens from the identity provider: an organiser plans a
 * cohort from the NCP EQAVET blueprint, its facilitator takes attendance, a participant refines a development
 * question twice and keeps a stakeholder map, and every role sees exactly what the owner shared. The
 * participant's calendar program polls the private feed without a token.
 */
class SessionsAndQuestionsIT {

    private static final String OWNER = "participant36";
    private static final String PEER = "participant37";
    private static final String QUIET = "participant38";
    private static final String OUTSIDER = "participant39";

    private final Koers koers = new Koers();
    private final Api api = koers.api;

    @Test
    void plansFromTheBlueprintTakesAttendanceAndKeepsEveryQuestionWithItsOwner() throws Exception {
        String cohortName = "Groep " + UUID.randomUUID().toString().substring(0, 8);
        UUID cohort = cohortWithBlueprint(cohortName);
        List<JsonNode> sessions = planFromBlueprint(cohort);
        for (String participant : List.of(OWNER, PEER, QUIET)) {
            enrolConfirmed(participant, cohort);
        }
        koers.awaitRoster(cohort, Map.of(OWNER, "CONFIRMED", PEER, "CONFIRMED", QUIET, "CONFIRMED"));

        sessionsAreSeenByTheCohortOnly(cohort);
        String first = sessions.getFirst().get("id").asString();
        facilitatorTakesAttendance(cohort, first);

        String questions = "/api/development-questions";
        String owner = koers.token(OWNER);
        String refined = log(cohort, owner, "FACILITATORS");
        String privateOne = log(cohort, owner, "PRIVATE");
        String shared = log(cohort, owner, "COHORT");
        refineTwice(refined, first, sessions.get(1).get("id").asString());
        keepAStakeholderMap(refined);

        Map<String, List<String>> expectedLists = Map.of(
                OWNER, List.of(refined, privateOne, shared), PEER, List.of(shared),
                "facilitator", List.of(refined, shared), "organiser", List.of(), OUTSIDER, List.of(),
                "admin", List.of(), "coalition", List.of());
        expectedLists.forEach((user, visible) -> {
            Api.Response list = api.get(questions + "?size=100&cohortId=" + cohort, koers.token(user));
            assertThat(list.status()).as(user + ": " + list.raw()).isEqualTo(200);
            assertThat(list.json().get("items").valueStream().map(i -> i.get("id").asString()))
                    .as(user).containsExactlyInAnyOrderElementsOf(visible);
            for (String id : List.of(refined, privateOne, shared)) {
                int expected = visible.contains(id) ? 200 : 404;
                assertThat(api.get(questions + "/" + id, koers.token(user)).status()).as(user + " " + id).isEqualTo(expected);
                assertThat(api.get(questions + "/" + id + "/stakeholder-map", koers.token(user)).status())
                        .as(user + " map " + id).isEqualTo(expected);
            }
        });
        assertStatus(api.post(questions + "/" + shared + "/revisions", koers.token(PEER),
                Map.of("text", "Overgenomen", "scope", "TEAM")), 403);
        assertStatus(api.send("PUT", questions + "/" + refined + "/stakeholder-map", koers.token("facilitator"),
                Map.of("stakeholders", List.of()), Map.of("If-Match", "\"2\"")), 403);
        assertStatus(api.send("PUT", questions + "/" + privateOne + "/stakeholder-map", koers.token("organiser"),
                Map.of("stakeholders", List.of()), Map.of("If-Match", "\"0\"")), 404);
        assertStatus(api.post(questions, koers.token(OUTSIDER), Map.of("cohortId", cohort, "text", "Mag ik meedoen?",
                "scope", "INDIVIDUAL", "visibility", "PRIVATE")), 409);

        calendarFollowsTheSessions(cohortName, sessions.getLast().get("id").asString());
    }

    private UUID cohortWithBlueprint(String name) {
        String organiser = koers.token("organiser");
        Api.Response fan = api.post("/api/instruments", organiser, Map.of("kind", "CARD_SET",
                "title", "Tien inzichten x vier rollen", "cards", List.of(Map.of(
                        "question", "Wie binnen de organisatie is bij deze kwaliteitssituatie betrokken?",
                        "suggestions", List.of("Docent", "Teamleider", "Kwaliteitszorg", "Directie")))));
        assertStatus(fan, 201);
        Api.Response trajectory = api.post("/api/trajectories", organiser, Map.of(
                "title", "Betere kwaliteitsborging door sterker onderwijskundig leiderschap in het mbo",
                "organiser", "NCP EQAVET", "coalitionIds", List.of("teams-aan-zet"),
                "sessionBlueprint", blueprint(fan.text("id"))));
        assertStatus(trajectory, 201);
        assertThat(trajectory.json().get("sessionBlueprint")).hasSize(4);
        Api.Response cohort = api.post("/api/trajectories/" + trajectory.text("id") + "/cohorts", organiser, Map.of(
                "name", name, "capacity", 10, "startsOn", LocalDate.now().minusDays(7).toString(),
                "endsOn", LocalDate.now().plusDays(120).toString(),
                "enrolmentOpensAt", Instant.now().minusSeconds(60).toString(),
                "enrolmentClosesAt", Instant.now().plus(Duration.ofDays(20)).toString(),
                "facilitatorIds", List.of("facilitator")));
        assertStatus(cohort, 201);
        UUID cohortId = UUID.fromString(cohort.text("id"));
        assertStatus(api.post("/api/cohorts/" + cohortId + "/open", organiser, null), 200);
        return cohortId;
    }

    /** The first session was held two days ago, so there is attendance to take; the others follow weekly. */
    private List<JsonNode> planFromBlueprint(UUID cohort) {
        Instant first = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        List<Map<String, Object>> slots = IntStream.range(0, 4).mapToObj(i -> Map.<String, Object>of(
                "startsAt", first.plus(Duration.ofDays(7L * i)).toString(),
                "endsAt", first.plus(Duration.ofDays(7L * i)).plus(Duration.ofHours(3)).toString(),
                "place", "ROC Midden Nederland, Utrecht", "onlineLink", "https://meet.example.org/ncp-eqavet")).toList();
        Api.Response planned = api.post("/api/cohorts/" + cohort + "/sessions/from-blueprint", koers.token("organiser"),
                Map.of("slots", slots));
        assertStatus(planned, 201);
        List<JsonNode> sessions = planned.json().get("items").valueStream().toList();
        assertThat(sessions).extracting(s -> s.get("sequence").asInt()).containsExactly(1, 2, 3, 4);
        assertThat(sessions.get(2).get("agenda").valueStream().map(a -> a.get("workForm").asString()))
                .containsExactly("CASE_DISCUSSION", "ROLE_FAN", "INFLUENCE_STYLES", "ACTION_PLANNING");
        return sessions;
    }

    private void enrolConfirmed(String participant, UUID cohort) {
        koers.fillInProfile(participant);
        // enrolment-service learns of the opened cohort from an event a moment later.
        await().atMost(Koers.CONVERGENCE).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            Api.Response enrolled = koers.enrol(koers.token(participant), cohort);
            assertThat(enrolled.status()).as(enrolled.raw()).isEqualTo(201);
            assertThat(enrolled.text("status")).isEqualTo("CONFIRMED");
        });
    }

    private void sessionsAreSeenByTheCohortOnly(UUID cohort) {
        String path = "/api/cohorts/" + cohort + "/sessions";
        for (String user : List.of(OWNER, "facilitator", "organiser")) {
            Api.Response list = api.get(path, koers.token(user));
            assertStatus(list, 200);
            assertThat(list.json().get("totalItems").asInt()).as(user).isEqualTo(4);
        }
        assertStatus(api.get(path, koers.token(OUTSIDER)), 404);
        assertStatus(api.post(path, koers.token("facilitator"), Map.of("title", "Extra",
                "startsAt", Instant.now().toString(), "endsAt", Instant.now().plusSeconds(3600).toString(),
                "place", "Utrecht")), 403);
    }

    private void facilitatorTakesAttendance(UUID cohort, String session) {
        String attendance = "/api/sessions/" + session + "/attendance";
        Map<String, Object> marks = Map.of("marks", List.of(Map.of("participantId", OWNER, "status", "PRESENT"),
                Map.of("participantId", PEER, "status", "EXCUSED"), Map.of("participantId", QUIET, "status", "ABSENT")));
        assertStatus(api.put(attendance, koers.token(OWNER), marks), 403);
        Api.Response recorded = api.put(attendance, koers.token("facilitator"), marks);
        assertStatus(recorded, 200);
        assertThat(recorded.json().get("rate").asDouble()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(api.get(attendance, koers.token(PEER)).json().get("marks")).singleElement()
                .satisfies(m -> assertThat(m.get("status").asString()).isEqualTo("EXCUSED"));
        JsonNode rates = api.get("/api/cohorts/" + cohort + "/attendance", koers.token("organiser")).json();
        assertThat(rates.get("items").valueStream().map(r -> r.get("participantId").asString() + ":" + r.get("present").asInt()))
                .containsExactlyInAnyOrder(OWNER + ":1", PEER + ":0", QUIET + ":0");
    }

    private String log(UUID cohort, String owner, String visibility) {
        Api.Response logged = api.post("/api/development-questions", owner, Map.of("cohortId", cohort,
                "text", "Hoe krijg ik mijn collega's mee in de kwaliteitscyclus van onze opleiding?",
                "scope", "INDIVIDUAL", "visibility", visibility));
        assertStatus(logged, 201);
        return logged.text("id");
    }

    private void refineTwice(String question, String firstSession, String secondSession) {
        String revisions = "/api/development-questions/" + question + "/revisions";
        assertStatus(api.post(revisions, koers.token(OWNER), Map.of("text",
                "Hoe betrek ik mijn team bij de kwaliteitscyclus van onze opleiding?", "scope", "INDIVIDUAL",
                "sessionId", firstSession, "note", "Na de interviews en de verfijningsoefening")), 201);
        Api.Response second = api.post(revisions, koers.token(OWNER), Map.of("text",
                "Hoe maken wij als team de kwaliteitscyclus van onze opleiding van ons?", "scope", "TEAM",
                "sessionId", secondSession, "note", "Gedeelde verantwoordelijkheid"));
        assertStatus(second, 201);
        JsonNode history = api.get("/api/development-questions/" + question, koers.token("facilitator")).json();
        assertThat(history.get("revisions").valueStream().map(r -> r.get("number").asInt() + ":" + r.get("scope").asString()))
                .containsExactly("1:INDIVIDUAL", "2:INDIVIDUAL", "3:TEAM");
        assertThat(history.get("revisions").get(2).get("sessionId").asString()).isEqualTo(secondSession);
    }

    private void keepAStakeholderMap(String question) {
        String map = "/api/development-questions/" + question + "/stakeholder-map";
        String owner = koers.token(OWNER);
        Map<String, Object> first = Map.of("stakeholders", List.of(
                Map.of("nameOrRole", "Opleidingsmanager", "level", "DEPARTMENT", "influence", 5, "interest", 2,
                        "stance", "NEUTRAL", "toInvolve", true)));
        assertStatus(api.put(map, owner, first), 428);
        assertStatus(api.send("PUT", map, owner, first, Map.of("If-Match", api.get(map, owner).header("ETag"))), 200);
        Map<String, Object> second = Map.of("stakeholders", List.of(
                Map.of("nameOrRole", "Opleidingsmanager", "level", "DEPARTMENT", "influence", 5, "interest", 4,
                        "stance", "SUPPORTER", "toInvolve", false),
                Map.of("nameOrRole", "Examencommissie", "level", "INSTITUTION", "influence", 4, "interest", 2,
                        "stance", "UNKNOWN", "toInvolve", true),
                Map.of("nameOrRole", "Docententeam", "level", "TEAM", "influence", 2, "interest", 5,
                        "stance", "SUPPORTER", "toInvolve", true)));
        assertStatus(api.send("PUT", map, owner, second, Map.of("If-Match", "\"0\"")), 412);
        Api.Response saved = api.send("PUT", map, owner, second, Map.of("If-Match", "\"1\""));
        assertStatus(saved, 200);
        assertThat(saved.header("ETag")).isEqualTo("\"2\"");
        assertThat(saved.json().get("stakeholders").valueStream().map(s -> s.get("quadrant").asString()))
                .containsExactly("MANAGE_CLOSELY", "KEEP_SATISFIED", "KEEP_INFORMED");
        assertThat(saved.json().get("stillToInvolve").valueStream().map(JsonNode::asString))
                .containsExactly("Examencommissie", "Docententeam");
    }

    private void calendarFollowsTheSessions(String cohortName, String lastSession) throws Exception {
        Api.Response subscription = api.post("/api/sessions/calendar/subscription", koers.token(OWNER), null);
        assertStatus(subscription, 201);
        String feed = subscription.text("path");
        assertThat(statuses(feed, cohortName)).containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED");

        assertStatus(api.post("/api/sessions/" + lastSession + "/cancel", koers.token("organiser"), null), 200);
        assertThat(statuses(feed, cohortName)).containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED", "CANCELLED");

        assertStatus(api.delete("/api/sessions/calendar/subscription", koers.token(OWNER)), 204);
        assertStatus(api.send("GET", feed, null, null, Map.of("Accept", "text/calendar")), 404);
        assertStatus(api.get("/api/sessions/calendar/subscription", null), 401);
    }

    /** The feed as a calendar program reads it, without a bearer token: this cohort's events' statuses by start. */
    private List<String> statuses(String feed, String cohortName) throws Exception {
        Api.Response response = api.send("GET", feed, null, null, Map.of("Accept", "text/calendar"));
        assertStatus(response, 200);
        assertThat(response.contentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.raw()));
        calendar.validate();
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue().contains(cohortName))
                .map(e -> e.<Property>getProperty(Property.STATUS).orElseThrow().getValue())
                .toList();
    }

    private static List<Map<String, Object>> blueprint(String fan) {
        return List.of(
                Map.of("title", "Ontwikkelvragen verdiepen", "theme", "Interviews, verfijning en stakeholdermap",
                        "agenda", List.of(item("INTERVIEW", 45), item("REFINEMENT_EXERCISE", 30), item("STAKEHOLDER_MAP", 45))),
                Map.of("title", "Toegewezen rol en eigen invulling", "theme", "Kwaliteitscultuur en organisatievoorwaarden",
                        "agenda", List.of(item("OTHER", 45), item("OTHER", 45))),
                Map.of("title", "Casussen, invloedsstijlen en aanpakplannen",
                        "agenda", List.of(item("CASE_DISCUSSION", 45),
                                Map.of("workForm", "ROLE_FAN", "minutes", 30, "instrumentId", fan),
                                item("INFLUENCE_STYLES", 30), item("ACTION_PLANNING", 45))),
                Map.of("title", "Ervaringen delen en evalueren",
                        "agenda", List.of(item("EXPERIENCE_SHARING", 60), item("EVALUATION", 30))));
    }

    private static Map<String, Object> item(String workForm, int minutes) {
        return Map.of("workForm", workForm, "minutes", minutes);
    }

    private static void assertStatus(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }
}
