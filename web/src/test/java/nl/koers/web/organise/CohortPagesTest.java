package nl.koers.web.organise;

import static nl.koers.web.organise.OrganiseFixtures.COHORT;
import static nl.koers.web.organise.OrganiseFixtures.MISSING;
import static nl.koers.web.organise.OrganiseFixtures.SESSION_1;
import static nl.koers.web.organise.OrganiseFixtures.TRAJECTORY;
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

/** Planning a cohort, its overview, and the confirmation pages of its life cycle, which say truthfully what they do. */
class CohortPagesTest extends PageTest {

    private static final String PLAN = "/organise/trajectories/" + TRAJECTORY + "/cohorts/new";

    private static final java.util.Map<String, String> PLANNED = java.util.Map.of(
            "name", "Groep Utrecht voorjaar 2027", "capacity", "6", "startsOn", "2027-01-15", "endsOn", "2027-06-30",
            "opensOn", "2026-11-01", "opensAt", "09:00", "closesOn", "2027-01-10", "closesAt", "",
            "facilitatorIds", "facilitator\nfacilitator2");

    private MockHttpServletRequestBuilder plan(String... overrides) {
        return OrganiseFixtures.form(post(PLAN).with(as("organiser", "organiser")).with(csrf()).header("Accept-Language", "nl"),
                PLANNED, overrides);
    }

    @Test
    void plansACohortWithItsWindowInDutchTime() throws Exception {
        OrganiseFixtures.trajectory(API, 1);
        API.json("POST", "/api/trajectories/" + TRAJECTORY + "/cohorts", 201, OrganiseFixtures.cohortJson("PLANNED", 1));

        mvc.perform(plan()).andExpect(redirectedUrl("/organise/cohorts/" + COHORT));

        Received planned = API.received().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        // 09:00 in November is 08:00 UTC; a closing day without a time closes at 23:59 Amsterdam time.
        assertThat(planned.body()).isEqualTo("{\"name\":\"Groep Utrecht voorjaar 2027\",\"capacity\":6,\"startsOn\":\"2027-01-15\","
                + "\"endsOn\":\"2027-06-30\",\"enrolmentOpensAt\":\"2026-11-01T08:00:00Z\",\"enrolmentClosesAt\":\"2027-01-10T22:59:00Z\","
                + "\"facilitatorIds\":[\"facilitator\",\"facilitator2\"]}");
    }

    @Test
    void saysBesideEachFieldWhatIsWrongWithThePlan() throws Exception {
        OrganiseFixtures.trajectory(API, 1);

        String page = mvc.perform(plan("name", "", "capacity", "0", "endsOn", "2026-12-01",
                        "closesOn", "2026-10-01", "closesAt", "25:00"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"name-error\"").contains("Vul een heel aantal plaatsen in, van 1 tot en met 500.")
                .contains("id=\"endsOn-error\"").contains("De laatste dag ligt vóór de eerste dag.")
                .contains("id=\"closesAt-error\"").contains("Vul een geldige tijd in");
        assertThat(API.received()).noneSatisfy(r -> assertThat(r.method()).isEqualTo("POST"));
    }

    @Test
    void showsTheCohortWithItsSeatsStepsSessionsAndReport() throws Exception {
        OrganiseFixtures.cohort(API, "OPEN", 2);
        OrganiseFixtures.trajectory(API, 1);
        OrganiseFixtures.seats(API, 6, 2);
        OrganiseFixtures.sessions(API);

        String page = mvc.perform(get("/organise/cohorts/" + COHORT).with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Groep Utrecht voorjaar 2027</h1>").contains("Inschrijving open")
                .contains("6 van de 6 plaatsen bevestigd").contains("Geen plaatsen vrij").contains("2 op de wachtlijst")
                .contains("href=\"/organise/cohorts/" + COHORT + "/close\"").contains("href=\"/organise/cohorts/" + COHORT + "/complete\"")
                .contains("href=\"/organise/cohorts/" + COHORT + "/cancel\"").doesNotContain("href=\"/organise/cohorts/" + COHORT + "/open\"")
                .contains("href=\"/facilitation/sessions/" + SESSION_1 + "/attendance\"")
                .contains("href=\"/organise/sessions/" + SESSION_1 + "/edit\"").contains("href=\"/organise/sessions/" + SESSION_1 + "/prompts\"")
                .contains("href=\"/organise/cohorts/" + COHORT + "/roster\"").contains("href=\"/reports/cohorts/" + COHORT + "\"")
                // sessions exist already: no planning from the blueprint.
                .doesNotContain("/sessions/plan");
    }

    @Test
    void saysWhatCompletingDoesWithThisCohortsNumbers() throws Exception {
        OrganiseFixtures.cohort(API, "CLOSED", 4);
        OrganiseFixtures.trajectory(API, 1);
        OrganiseFixtures.seats(API, 5, 1);
        OrganiseFixtures.sessions(API);

        String page = mvc.perform(get("/organise/cohorts/" + COHORT + "/complete").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Groep afronden: Groep Utrecht voorjaar 2027")
                .contains("De 5 deelnemers met een bevestigde plaats ronden de groep af")
                .contains("Zij kunnen daarna het traject evalueren")
                .contains("Wie op de wachtlijst staat (1 persoon), blijft daar staan en schuift niet meer door. Wie zich heeft uitgeschreven, blijft uitgeschreven.")
                .contains("er kunnen geen bijeenkomsten meer bij").contains("EQAVET-indicator 4")
                .contains("Koers stuurt hierover geen e-mail").contains("Dit kun je niet terugdraaien.")
                .contains("name=\"version\" value=\"4\"").contains("Ja, rond de groep af");
        assertThat(page).doesNotContainIgnoringCase("e-mail gestuurd").doesNotContain("krijgen een e-mail");
    }

    @Test
    void saysWhatOpeningDoesIncludingTheEnrolmentWindow() throws Exception {
        OrganiseFixtures.cohort(API, "PLANNED", 1);
        OrganiseFixtures.trajectory(API, 1);
        API.json("GET", "/api/enrolments/seats", 200, OrganiseFixtures.EMPTY_PAGE);
        API.json("GET", "/api/cohorts/" + COHORT + "/sessions", 200, OrganiseFixtures.EMPTY_PAGE);

        String page = mvc.perform(get("/organise/cohorts/" + COHORT + "/open").with(as("organiser", "organiser"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Open enrolment for Groep Utrecht voorjaar 2027")
                .contains("Participants see it on their home page and can enrol.")
                .contains("There are 6 seats.").contains("Koers sends no e-mail about it");
    }

    @Test
    void takesTheStepWhenTheCohortIsStillAsThePageDescribedIt() throws Exception {
        OrganiseFixtures.cohort(API, "CLOSED", 4);
        API.json("POST", "/api/cohorts/" + COHORT + "/complete", 200, OrganiseFixtures.cohortJson("COMPLETED", 5));

        mvc.perform(post("/organise/cohorts/" + COHORT + "/complete").with(as("organiser", "organiser")).with(csrf())
                        .param("version", "4"))
                .andExpect(redirectedUrl("/organise/cohorts/" + COHORT));

        assertThat(API.received()).anySatisfy(r -> assertThat(r.method() + " " + r.pathAndQuery() + " " + r.ifMatch())
                .isEqualTo("POST /api/cohorts/" + COHORT + "/complete \"4\""));
    }

    @Test
    void describesTheCohortAgainInsteadOfActingWhenItChangedMeanwhile() throws Exception {
        OrganiseFixtures.cohort(API, "OPEN", 6);
        OrganiseFixtures.trajectory(API, 1);
        OrganiseFixtures.seats(API, 6, 0);
        OrganiseFixtures.sessions(API);
        API.problem("POST", "/api/cohorts/" + COHORT + "/complete", 412, "cohort-version-mismatch",
                "The cohort is at version 6, not 4; fetch it again.", null);

        String page = mvc.perform(post("/organise/cohorts/" + COHORT + "/complete").with(as("organiser", "organiser")).with(csrf())
                        .header("Accept-Language", "nl").param("version", "4"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("De groep is gewijzigd nadat je deze pagina opende; er is nog niets gebeurd.")
                .contains("name=\"version\" value=\"6\"");
        assertThat(API.received()).anySatisfy(r -> assertThat(r.method() + " " + r.ifMatch()).isEqualTo("POST \"4\""));
    }

    @Test
    void saysSoWhenTheApiRefusesTheStep() throws Exception {
        OrganiseFixtures.cohort(API, "OPEN", 4);
        OrganiseFixtures.trajectory(API, 1);
        OrganiseFixtures.seats(API, 1, 0);
        OrganiseFixtures.sessions(API);
        API.problem("POST", "/api/cohorts/" + COHORT + "/close", 409, "cohort-status-conflict", "The cohort is CLOSED", null);

        String page = mvc.perform(post("/organise/cohorts/" + COHORT + "/close").with(as("organiser", "organiser")).with(csrf())
                        .header("Accept-Language", "nl").param("version", "4"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("De groep is gewijzigd nadat je deze pagina opende");
    }

    @Test
    void offersNoButtonForAStepTheStatusDoesNotAllow() throws Exception {
        OrganiseFixtures.cohort(API, "COMPLETED", 7);
        OrganiseFixtures.trajectory(API, 1);
        OrganiseFixtures.seats(API, 0, 0);
        OrganiseFixtures.sessions(API);

        String page = mvc.perform(get("/organise/cohorts/" + COHORT + "/open").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Dit kan nu niet: de groep heeft de status Afgerond.").doesNotContain("name=\"version\"");
    }

    @Test
    void answersNotFoundForACohortThatDoesNotExist() throws Exception {
        API.problem("GET", "/api/cohorts/" + MISSING, 404, "cohort-not-found", "There is no cohort", null);
        API.json("GET", "/api/cohorts/" + MISSING + "/sessions", 200, OrganiseFixtures.EMPTY_PAGE);
        API.json("GET", "/api/enrolments/seats", 200, OrganiseFixtures.EMPTY_PAGE);

        for (String path : new String[] {"", "/complete", "/roster", "/attendance", "/sessions/plan"}) {
            String page = mvc.perform(get("/organise/cohorts/" + MISSING + path).with(as("organiser", "organiser"))
                            .header("Accept-Language", "nl"))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(path).contains("Niet gevonden");
        }
    }
}
