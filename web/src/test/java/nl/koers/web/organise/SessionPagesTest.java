package nl.koers.web.organise;

import static nl.koers.web.organise.OrganiseFixtures.COHORT;
import static nl.koers.web.organise.OrganiseFixtures.SESSION_1;
import static nl.koers.web.organise.OrganiseFixtures.SESSION_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koers.web.ApiStandIn.Received;
import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Planning a cohort's sessions from the blueprint in one form, moving and cancelling one. */
class SessionPagesTest extends PageTest {

    private static final String PLAN = "/organise/cohorts/" + COHORT + "/sessions/plan";

    private static final String[] SLOTS = {
            "slots[0].date", "2027-01-15",
            "slots[0].startTime", "13:30",
            "slots[0].endTime", "16:30",
            "slots[0].place", "ROC Midden Nederland, Utrecht",
            "slots[0].onlineLink", "",
            "slots[1].date", "2027-07-02",
            "slots[1].startTime", "09:00",
            "slots[1].endTime", "11:00",
            "slots[1].place", "",
            "slots[1].onlineLink", "https://meet.example.nl/koers"};

    private MockHttpServletRequestBuilder slots(String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < SLOTS.length; i += 2) {
            fields.put(SLOTS[i], SLOTS[i + 1]);
        }
        return OrganiseFixtures.form(post(PLAN).with(as("organiser", "organiser")).with(csrf()).header("Accept-Language", "nl"),
                fields, overrides);
    }

    private static void plannable() {
        OrganiseFixtures.cohort(API, "OPEN", 2);
        OrganiseFixtures.trajectory(API, 1);
        API.json("GET", "/api/cohorts/" + COHORT + "/sessions", 200, OrganiseFixtures.EMPTY_PAGE);
    }

    @Test
    void offersOneSlotPerBlueprintSession() throws Exception {
        plannable();

        String page = mvc.perform(get(PLAN).with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Bijeenkomsten plannen voor Groep Utrecht voorjaar 2027")
                .contains("Bijeenkomst 1: Ontwikkelvragen verdiepen").contains("Bijeenkomst 2: Rollen en kwaliteitscultuur")
                .contains("Het programma duurt 120 minuten").contains("Het programma duurt 90 minuten")
                .contains("for=\"slots1.onlineLink\">Online link</label>").doesNotContain("slots2.");
    }

    @Test
    void plansTheWholeSeriesInDutchTime() throws Exception {
        plannable();
        API.json("POST", "/api/cohorts/" + COHORT + "/sessions/from-blueprint", 201, OrganiseFixtures.EMPTY_PAGE);

        mvc.perform(slots()).andExpect(redirectedUrl("/organise/cohorts/" + COHORT + "#sessions-title"));

        Received planned = API.received().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        // Winter time (UTC+1) in January, summer time (UTC+2) in July.
        assertThat(planned.body()).isEqualTo("{\"slots\":["
                + "{\"startsAt\":\"2027-01-15T12:30:00Z\",\"endsAt\":\"2027-01-15T15:30:00Z\",\"place\":\"ROC Midden Nederland, Utrecht\",\"onlineLink\":\"\"},"
                + "{\"startsAt\":\"2027-07-02T07:00:00Z\",\"endsAt\":\"2027-07-02T09:00:00Z\",\"place\":\"\",\"onlineLink\":\"https://meet.example.nl/koers\"}]}");
    }

    @Test
    void saysBesideTheSlotWhatIsWrong() throws Exception {
        plannable();

        String page = mvc.perform(slots("slots[0].endTime", "14:30", "slots[1].onlineLink", "meet.example.nl", "slots[1].date", ""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"slots0.endTime-error\"").contains("Het programma duurt 120 minuten, de bijeenkomst maar 60.")
                .contains("id=\"slots1.onlineLink-error\"").contains("Vul een webadres in dat begint met https://")
                .contains("id=\"slots1.date-error\"");
        assertThat(API.received()).noneSatisfy(r -> assertThat(r.method()).isEqualTo("POST"));
    }

    @Test
    void saysAtOnceWhenTheCohortHasSessionsAlready() throws Exception {
        OrganiseFixtures.cohort(API, "OPEN", 2);
        OrganiseFixtures.trajectory(API, 1);
        OrganiseFixtures.sessions(API);

        String page = mvc.perform(get(PLAN).with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Deze groep heeft al bijeenkomsten.").doesNotContain("slots0.date");
    }

    @Test
    void saysWhyTheApiRefusedTheSeries() throws Exception {
        plannable();
        API.problem("POST", "/api/cohorts/" + COHORT + "/sessions/from-blueprint", 409, "session-sequence-taken",
                "This cohort already has sessions", null);

        String page = mvc.perform(slots()).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("koers-error-summary").contains("Verplaats of zeg ze één voor één af");
    }

    @Test
    void movesASessionWithTheTimeAndPlaceAsTheApiTakesThem() throws Exception {
        OrganiseFixtures.session(API, SESSION_1, 1, "SCHEDULED", 3);
        OrganiseFixtures.cohort(API, "OPEN", 2);
        OrganiseFixtures.trajectory(API, 1);
        API.json("PATCH", "/api/sessions/" + SESSION_1, 200, OrganiseFixtures.sessionJson(SESSION_1, 1, "SCHEDULED", 4));

        String form = mvc.perform(get("/organise/sessions/" + SESSION_1 + "/edit").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Bijeenkomst 1 verplaatsen").contains("value=\"2027-02-15\"").contains("value=\"13:30\"")
                .contains("value=\"17:30\"").contains("value=\"Utrecht\"").contains("name=\"version\" value=\"3\"")
                .contains("Koers stuurt hierover geen e-mail");

        mvc.perform(post("/organise/sessions/" + SESSION_1 + "/edit").with(as("organiser", "organiser")).with(csrf())
                        .param("version", "3").param("date", "2027-02-19").param("startTime", "13:00").param("endTime", "17:00")
                        .param("place", "").param("onlineLink", "https://meet.example.nl/koers"))
                .andExpect(redirectedUrl("/organise/cohorts/" + COHORT + "#session-" + SESSION_1));

        Received moved = API.received().stream().filter(r -> r.method().equals("PATCH")).findFirst().orElseThrow();
        assertThat(moved.ifMatch()).isEqualTo("\"3\"");
        assertThat(moved.body()).isEqualTo("{\"startsAt\":\"2027-02-19T12:00:00Z\",\"endsAt\":\"2027-02-19T16:00:00Z\","
                + "\"place\":\"\",\"onlineLink\":\"https://meet.example.nl/koers\"}");
    }

    @Test
    void showsTheSessionAsItIsWhenSomeoneMovedItMeanwhile() throws Exception {
        OrganiseFixtures.session(API, SESSION_1, 1, "SCHEDULED", 5);
        OrganiseFixtures.cohort(API, "OPEN", 2);
        OrganiseFixtures.trajectory(API, 1);
        API.problem("PATCH", "/api/sessions/" + SESSION_1, 412, "session-version-mismatch",
                "The session is at version 5, not 3; fetch it again.", null);

        String page = mvc.perform(post("/organise/sessions/" + SESSION_1 + "/edit").with(as("organiser", "organiser")).with(csrf())
                        .header("Accept-Language", "nl").param("version", "3").param("date", "2027-02-19")
                        .param("startTime", "13:00").param("endTime", "17:00").param("place", "Amersfoort").param("onlineLink", ""))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Iemand anders heeft deze bijeenkomst gewijzigd").contains("value=\"Amersfoort\"")
                .contains("name=\"version\" value=\"5\"");
        assertThat(API.received()).anySatisfy(r -> assertThat(r.method() + " " + r.ifMatch()).isEqualTo("PATCH \"3\""));
    }

    @Test
    void cancelsASessionAfterSayingWhatThatDoes() throws Exception {
        OrganiseFixtures.session(API, SESSION_1, 1, "SCHEDULED", 3);
        OrganiseFixtures.cohort(API, "OPEN", 2);
        OrganiseFixtures.trajectory(API, 1);
        API.json("POST", "/api/sessions/" + SESSION_1 + "/cancel", 200, OrganiseFixtures.sessionJson(SESSION_1, 1, "CANCELLED", 4));

        String page = mvc.perform(get("/organise/sessions/" + SESSION_1 + "/cancel").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Wil je bijeenkomst 1 afzeggen?").contains("De aanwezigheid kun je daarna niet meer bijhouden")
                .contains("Koers stuurt hierover geen e-mail").contains("Dit kun je niet terugdraaien.");

        mvc.perform(post("/organise/sessions/" + SESSION_1 + "/cancel").with(as("organiser", "organiser")).with(csrf())
                        .param("version", "3"))
                .andExpect(redirectedUrl("/organise/cohorts/" + COHORT + "#session-" + SESSION_1));
        assertThat(API.received()).anySatisfy(r -> assertThat(r.method() + " " + r.pathAndQuery())
                .isEqualTo("POST /api/sessions/" + SESSION_1 + "/cancel"));
    }

    @Test
    void offersNothingToDoForACancelledSession() throws Exception {
        OrganiseFixtures.session(API, SESSION_2, 2, "CANCELLED", 2);
        OrganiseFixtures.cohort(API, "OPEN", 2);
        OrganiseFixtures.trajectory(API, 1);

        String page = mvc.perform(get("/organise/sessions/" + SESSION_2 + "/cancel").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Deze bijeenkomst gaat niet door").doesNotContain("name=\"version\"");
    }

    @Test
    void answersNotFoundForASessionThatDoesNotExist() throws Exception {
        API.problem("GET", "/api/sessions/" + OrganiseFixtures.MISSING, 404, "session-not-found", "none", null);

        for (String path : new String[] {"/edit", "/cancel", "/prompts"}) {
            mvc.perform(get("/organise/sessions/" + OrganiseFixtures.MISSING + path).with(as("organiser", "organiser")))
                    .andExpect(status().isNotFound());
        }
    }
}
