package nl.koers.web.facilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;

/** The facilitator's overview of their cohorts and one cohort's page, against JSON as the services answer it. */
class FacilitationPagesTest extends PageTest {

    static final String COHORT = "c0000000-0000-0000-0000-000000000001";
    static final String OTHER_COHORT = "c0000000-0000-0000-0000-000000000002";
    static final String TRAJECTORY = "70000000-0000-0000-0000-000000000001";
    static final String SESSION_1 = "50000000-0000-0000-0000-000000000001";
    static final String SESSION_2 = "50000000-0000-0000-0000-000000000002";
    static final String QUESTION = "90000000-0000-0000-0000-000000000001";
    static final String REFLECTION = "80000000-0000-0000-0000-000000000001";
    static final String CASE = "60000000-0000-0000-0000-000000000001";
    static final String INTERVENTION = "40000000-0000-0000-0000-000000000001";

    static final String EMPTY_PAGE = "{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}";

    /** GET /api/cohorts/{id} and its trajectory, as trajectory-service answers a facilitator of the cohort. */
    static void cohortAndTrajectory() {
        API.json("GET", "/api/cohorts/" + COHORT, 200, """
                {"id":"%s","trajectoryId":"%s","name":"Groep voorjaar 2027","capacity":12,"startsOn":"2027-01-15",
                "endsOn":"2027-06-30","enrolmentOpensAt":"2026-10-01T08:00:00Z","enrolmentClosesAt":"2027-01-01T23:00:00Z",
                "facilitatorIds":["facilitator"],"status":"CLOSED","version":4}""".formatted(COHORT, TRAJECTORY));
        API.json("GET", "/api/trajectories/" + TRAJECTORY, 200, """
                {"id":"%s","title":"Onderwijskundig leiderschap in het mbo","description":"Vier bijeenkomsten.",
                "organiser":"NCP EQAVET","coalitionIds":["teams-aan-zet"],"sessionBlueprint":[],
                "createdAt":"2026-09-01T10:00:00Z","createdBy":"organiser"}""".formatted(TRAJECTORY));
    }

    static void sessions() {
        API.json("GET", "/api/cohorts/" + COHORT + "/sessions", 200, """
                {"items":[
                 {"id":"%s","cohortId":"%s","trajectoryId":"%s","sequence":1,"title":"Ontwikkelvragen verdiepen","theme":"Interviews",
                  "startsAt":"2027-01-15T12:30:00Z","endsAt":"2027-01-15T16:30:00Z","place":"Utrecht","onlineLink":null,
                  "agenda":[],"agendaMinutes":0,"status":"SCHEDULED","version":7},
                 {"id":"%s","cohortId":"%s","trajectoryId":"%s","sequence":2,"title":"Rollen en kwaliteitscultuur","theme":null,
                  "startsAt":"2027-02-12T12:30:00Z","endsAt":"2027-02-12T16:30:00Z","place":"Utrecht","onlineLink":null,
                  "agenda":[],"agendaMinutes":0,"status":"CANCELLED","version":2}],
                "page":0,"size":50,"totalItems":2,"totalPages":1}"""
                .formatted(SESSION_1, COHORT, TRAJECTORY, SESSION_2, COHORT, TRAJECTORY));
        API.json("GET", "/api/sessions/" + SESSION_1 + "/attendance", 200, """
                {"sessionId":"%s","sequence":1,"sessionVersion":7,"recordedAt":"2027-01-15T16:40:00Z","recordedBy":"facilitator",
                 "marks":[{"participantId":"participant1","status":"PRESENT"},{"participantId":"participant2","status":"PRESENT"},
                          {"participantId":"participant3","status":"EXCUSED"},{"participantId":"participant4","status":"ABSENT"}],
                 "present":2,"excused":1,"absent":1,"unmarked":0,"rate":0.5}""".formatted(SESSION_1));
        API.json("GET", "/api/sessions/" + SESSION_2 + "/attendance", 200, """
                {"sessionId":"%s","sequence":2,"sessionVersion":2,"recordedAt":null,"recordedBy":null,"marks":[],
                 "present":0,"excused":0,"absent":0,"unmarked":null,"rate":null}""".formatted(SESSION_2));
    }

    static void roster() {
        API.json("GET", "/api/cohorts/" + COHORT + "/participants", 200, """
                {"items":[{"participantId":"participant1","displayName":"An de Vries","institution":"ROC Midden Nederland","status":"CONFIRMED"},
                          {"participantId":"participant2","displayName":"Bram Jansen","institution":"Albeda","status":"CONFIRMED"},
                          {"participantId":"participant3","displayName":"Chantal Bakker","institution":"Da Vinci College","status":"WAITLISTED"}],
                 "page":0,"size":100,"totalItems":3,"totalPages":1}""");
    }

    static void attendanceOverview() {
        API.json("GET", "/api/cohorts/" + COHORT + "/attendance", 200, """
                {"items":[{"participantId":"participant1","present":1,"excused":0,"absent":0,"marked":1,"rate":1.0},
                          {"participantId":"participant2","present":1,"excused":0,"absent":0,"marked":1,"rate":1.0},
                          {"participantId":"participant9","present":0,"excused":0,"absent":0,"marked":0,"rate":null}],
                 "page":0,"size":100,"totalItems":3,"totalPages":1}""");
    }

    static void sharedWork() {
        API.json("GET", "/api/development-questions", 200, """
                {"items":[{"id":"%s","cohortId":"%s","participantId":"participant1","visibility":"FACILITATORS",
                  "text":"Hoe krijg ik mijn team eigenaar van de kwaliteitsafspraken?","scope":"TEAM","revisionCount":2,
                  "revisions":null,"createdAt":"2027-01-10T09:00:00Z","updatedAt":"2027-01-15T15:00:00Z","version":3}],
                 "page":0,"size":100,"totalItems":1,"totalPages":1}""".formatted(QUESTION, COHORT));
        API.json("GET", "/api/reflections", 200, """
                {"items":[{"id":"%s","cohortId":"%s","sessionId":"%s","ownerId":"participant2","text":"Ik merkte dat ik te snel invul wat mijn team wil.",
                  "prompts":{},"visibility":"COHORT","createdAt":"2027-01-16T19:00:00Z","updatedAt":"2027-01-16T19:00:00Z","version":1}],
                 "page":0,"size":100,"totalItems":1,"totalPages":1}""".formatted(REFLECTION, COHORT, SESSION_1));
        API.json("GET", "/api/cases", 200, """
                {"items":[{"id":"%s","cohortId":"%s","ownerId":"participant7","title":"Uitval in het eerste jaar",
                  "situation":"Veel studenten stoppen in de eerste tien weken.","visibility":"FACILITATORS","status":"BROUGHT_IN",
                  "roles":[],"createdAt":"2027-03-01T10:00:00Z","updatedAt":"2027-03-01T10:00:00Z","version":1}],
                 "page":0,"size":100,"totalItems":1,"totalPages":1}""".formatted(CASE, COHORT));
        API.json("GET", "/api/interventions", 200, """
                {"items":[{"id":"%s","cohortId":"%s","ownerId":"participant1","coOwnerIds":[],"kind":"ACTION_PLAN",
                  "title":"Teamgesprek over tevreden en trots","goal":"Samen benoemen wanneer we tevreden zijn.","steps":[],
                  "visibility":"COHORT","developmentQuestionId":null,"caseId":null,"status":"IN_PROGRESS","experience":null,
                  "nextSteps":null,"createdAt":"2027-03-02T10:00:00Z","updatedAt":"2027-03-05T10:00:00Z","version":2}],
                 "page":0,"size":100,"totalItems":1,"totalPages":1}""".formatted(INTERVENTION, COHORT));
    }

    @Test
    void listsOnlyTheCohortsIFacilitateWithTrajectoryDatesAndStatus() throws Exception {
        API.json("GET", "/api/cohorts/mine", 200, """
                {"items":[
                 {"id":"%s","trajectoryId":"%s","trajectoryTitle":"Onderwijskundig leiderschap in het mbo","organiser":"NCP EQAVET",
                  "name":"Groep voorjaar 2027","capacity":12,"startsOn":"2027-01-15","endsOn":"2027-06-30","enrolmentOpensAt":null,
                  "enrolmentClosesAt":null,"facilitatorIds":["facilitator"],"status":"OPEN","version":3,"myRole":"FACILITATOR","rosterStatus":null},
                 {"id":"%s","trajectoryId":"%s","trajectoryTitle":"LOCK","organiser":"Platform Samen Opleiden",
                  "name":"Groep waarin ik zelf deelneem","capacity":60,"startsOn":"2027-02-01","endsOn":"2027-07-01","enrolmentOpensAt":null,
                  "enrolmentClosesAt":null,"facilitatorIds":[],"status":"OPEN","version":1,"myRole":"PARTICIPANT","rosterStatus":"CONFIRMED"}],
                 "page":0,"size":100,"totalItems":2,"totalPages":1}""".formatted(COHORT, TRAJECTORY, OTHER_COHORT, TRAJECTORY));

        String page = mvc.perform(get("/facilitation").with(as("facilitator", "facilitator")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\" id=\"my-cohorts\">Mijn groepen</h1>")
                .contains("href=\"/facilitation/cohorts/" + COHORT + "\"").contains("Groep voorjaar 2027")
                .contains("Onderwijskundig leiderschap in het mbo").contains("15 januari 2027 tot en met 30 juni 2027")
                .contains("Inschrijving open").doesNotContain("Groep waarin ik zelf deelneem");
        assertThat(API.received()).anySatisfy(r -> assertThat(r.pathAndQuery()).isEqualTo("/api/cohorts/mine?size=100&page=0"));
    }

    @Test
    void showsTheCohortsSessionsWithTheirRateTheAttendancePerParticipantAndWhatWasShared() throws Exception {
        cohortAndTrajectory();
        sessions();
        roster();
        attendanceOverview();
        sharedWork();

        String page = mvc.perform(get("/facilitation/cohorts/" + COHORT).with(as("facilitator", "facilitator"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Groep voorjaar 2027</h1>")
                .doesNotContain("Dit deel is even niet beschikbaar")
                .contains("Bijeenkomst 1: Ontwikkelvragen verdiepen")
                .contains("href=\"/facilitation/sessions/" + SESSION_1 + "/attendance\"")
                .contains("Aanwezig: 50% (2 aanwezig, 1 afgemeld, 1 afwezig)")
                .contains("Gaat niet door")
                .doesNotContain("href=\"/facilitation/sessions/" + SESSION_2 + "/attendance\"");
        // The attendance per participant: a table with a caption and header cells, names from the roster.
        assertThat(page).contains("<caption class=\"utrecht-table__caption\">Aanwezigheid per deelnemer")
                .contains("<th scope=\"col\"").contains("<th scope=\"row\" class=\"utrecht-table__header-cell\">An de Vries</th>")
                .contains("<th scope=\"row\" class=\"utrecht-table__header-cell\">een deelnemer</th>")
                .contains("100%").contains("nog niets bijgehouden");
        // What participants shared, with the owner's name (or "een deelnemer"), the visibility and a link to read it.
        assertThat(page).contains("Van An de Vries").contains("Van Bram Jansen").contains("Van een deelnemer")
                .contains("gedeeld met begeleiders").contains("gedeeld met de groep")
                .contains("href=\"/facilitation/questions/" + QUESTION + "\"")
                .contains("href=\"/facilitation/reflections/" + REFLECTION + "\"")
                .contains("href=\"/facilitation/cases/" + CASE + "\"")
                .contains("href=\"/facilitation/interventions/" + INTERVENTION + "\"")
                .contains("Bij bijeenkomst 1").contains("Teamvraag").contains("2 versies");
        assertThat(API.received()).extracting(r -> r.pathAndQuery())
                .contains("/api/development-questions?cohortId=" + COHORT + "&size=100&page=0",
                        "/api/reflections?cohortId=" + COHORT + "&size=100&page=0",
                        "/api/cases?cohortId=" + COHORT + "&size=100&page=0",
                        "/api/interventions?cohortId=" + COHORT + "&size=100&page=0",
                        "/api/cohorts/" + COHORT + "/attendance?size=100&page=0");
    }

    @Test
    void showsTheSharedWorkAsUnavailableWhileReflectionServiceIsAwayAndTheRestStillRenders() throws Exception {
        cohortAndTrajectory();
        sessions();
        roster();
        attendanceOverview();
        sharedWork();
        API.problem("GET", "/api/reflections", 503, "service-unavailable", "reflection-service is not answering", null);
        API.problem("GET", "/api/cases", 503, "service-unavailable", "reflection-service is not answering", null);
        API.problem("GET", "/api/interventions", 503, "service-unavailable", "reflection-service is not answering", null);

        String page = mvc.perform(get("/facilitation/cohorts/" + COHORT).with(as("facilitator", "facilitator"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page.split("Dit deel is even niet beschikbaar", -1)).hasSize(4);
        assertThat(page).contains("Bijeenkomst 1: Ontwikkelvragen verdiepen").contains("An de Vries")
                .contains("href=\"/facilitation/questions/" + QUESTION + "\"")
                .doesNotContain("href=\"/facilitation/reflections/");
    }

    @Test
    void showsNamesAsUnknownWhenTheRosterCannotBeReadButKeepsTheRest() throws Exception {
        cohortAndTrajectory();
        sessions();
        attendanceOverview();
        sharedWork();
        API.problem("GET", "/api/cohorts/" + COHORT + "/participants", 504, "gateway-timeout", "no answer", null);

        String page = mvc.perform(get("/facilitation/cohorts/" + COHORT).with(as("facilitator", "facilitator"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("De namen van de deelnemers zijn even niet te zien").contains("Van een deelnemer")
                .doesNotContain("An de Vries").contains("Teamgesprek over tevreden en trots");
    }

    @Test
    void answersNotFoundForACohortTheApiDoesNotShowMe() throws Exception {
        API.problem("GET", "/api/cohorts/" + OTHER_COHORT, 404, "cohort-not-found", "There is no cohort " + OTHER_COHORT, null);

        String page = mvc.perform(get("/facilitation/cohorts/" + OTHER_COHORT).with(as("facilitator", "facilitator"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Niet gevonden");
    }

    @Test
    void speaksEnglishWhenAskedFor() throws Exception {
        cohortAndTrajectory();
        sessions();
        roster();
        attendanceOverview();
        sharedWork();

        String page = mvc.perform(get("/facilitation/cohorts/" + COHORT).with(as("facilitator", "facilitator"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Attendance per participant").contains("shared with facilitators")
                .contains("Present: 50% (2 present, 1 excused, 1 absent)").contains("By a participant");
    }
}
