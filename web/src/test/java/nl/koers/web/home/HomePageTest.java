package nl.koers.web.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;

class HomePageTest extends PageTest {

    private static final String COHORT = "11111111-1111-1111-1111-111111111111";
    private static final String ENROLMENT = "22222222-2222-2222-2222-222222222222";

    private void catalogueWithOneOpenCohort() {
        API.json("GET", "/api/cohorts/open", 200, """
                {"items":[{"id":"%s","trajectoryId":"33333333-3333-3333-3333-333333333333","trajectoryTitle":"Onderwijskundig leiderschap",
                "organiser":"NCP EQAVET","name":"Groep 1","capacity":12,"startsOn":"2027-01-15","endsOn":"2027-06-30","status":"OPEN"}],
                "page":0,"size":50,"totalItems":1,"totalPages":1}""".formatted(COHORT));
        API.json("GET", "/api/enrolments/seats", 200, """
                {"items":[{"cohortId":"%s","capacity":12,"confirmed":9,"seatsLeft":3,"waitlisted":0,"openForEnrolment":true}],
                "page":0,"size":1,"totalItems":1,"totalPages":1}""".formatted(COHORT));
        API.json("GET", "/api/cohorts/mine", 200, "{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}");
        API.json("GET", "/api/sessions/upcoming", 200, "{\"items\":[],\"page\":0,\"size\":5,\"totalItems\":0,\"totalPages\":0}");
    }

    @Test
    void showsMyPlaceOnTheWaitlistAndAsksForItAgainWhileIWait() throws Exception {
        catalogueWithOneOpenCohort();
        API.json("GET", "/api/enrolments/mine", 200, """
                {"items":[{"id":"%s","cohortId":"%s","status":"WAITLISTED","waitlistPosition":2}],
                "page":0,"size":100,"totalItems":1,"totalPages":1}""".formatted(ENROLMENT, COHORT));

        String page = mvc.perform(get("/").with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("niet beschikbaar").contains("plaats 2 op de wachtlijst").contains("Onderwijskundig leiderschap")
                .contains("hx-get=\"/enrolments/" + ENROLMENT + "/status?position=2\"").contains("every 15s");
    }

    @Test
    void showsSeatsLeftOfOpenCohortsInEnglishWhenAsked() throws Exception {
        catalogueWithOneOpenCohort();
        API.json("GET", "/api/enrolments/mine", 200, "{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}");

        mvc.perform(get("/").with(as("participant1", "participant")).header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("3 of 12 seats left")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"en\"")));
    }

    @Test
    void callsTheApiWithTheUsersAccessTokenOnly() throws Exception {
        catalogueWithOneOpenCohort();
        API.json("GET", "/api/enrolments/mine", 200, "{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}");

        mvc.perform(get("/").with(as("participant1", "participant"))).andExpect(status().isOk());

        assertThat(API.received()).isNotEmpty().allSatisfy(request ->
                assertThat(request.authorization()).startsWith("Bearer "));
    }

    @Test
    void keepsThePageWorkingWhenOneServiceIsAway() throws Exception {
        catalogueWithOneOpenCohort();
        API.problem("GET", "/api/enrolments/mine", 503, "service-unavailable", "enrolment-service is not answering", null);

        String page = mvc.perform(get("/").with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Dit deel is even niet beschikbaar").contains("Onderwijskundig leiderschap");
    }

    @Test
    void announcesAMoveUpTheWaitlistWhenTheStatusIsAskedAgain() throws Exception {
        API.json("GET", "/api/enrolments/" + ENROLMENT, 200, """
                {"id":"%s","cohortId":"%s","status":"WAITLISTED","waitlistPosition":1}""".formatted(ENROLMENT, COHORT));

        String fragment = mvc.perform(get("/enrolments/" + ENROLMENT + "/status?position=2").header("HX-Request", "true")
                        .with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).doesNotContain("<html").contains("plaats 1 op de wachtlijst")
                .contains("data-announce=\"Je bent opgeschoven naar plaats 1 op de wachtlijst.\"");
    }

    @Test
    void stopsAskingOnceTheSeatIsConfirmed() throws Exception {
        API.json("GET", "/api/enrolments/" + ENROLMENT, 200, """
                {"id":"%s","cohortId":"%s","status":"CONFIRMED","waitlistPosition":null}""".formatted(ENROLMENT, COHORT));

        String fragment = mvc.perform(get("/enrolments/" + ENROLMENT + "/status?position=1").header("HX-Request", "true")
                        .with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("Bevestigd").doesNotContain("hx-trigger").contains("Er is een plek vrijgekomen");
    }

    @Test
    void answersAnHtmxRequestWithoutASessionWithARedirectToThePageItCameFrom() throws Exception {
        mvc.perform(get("/enrolments/" + ENROLMENT + "/status").header("HX-Request", "true")
                        .header("HX-Current-URL", "http://localhost/cohorts/" + COHORT))
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("HX-Redirect", "/cohorts/" + COHORT));
    }

    @Test
    void neverRedirectsAnHtmxRequestToAnotherSite() throws Exception {
        mvc.perform(get("/").header("HX-Request", "true").header("HX-Current-URL", "https://evil.example/phish"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("HX-Redirect", "/"));
    }

    @Test
    void pagesThroughTheCatalogueOfOpenCohorts() throws Exception {
        catalogueWithOneOpenCohort();
        API.json("GET", "/api/cohorts/open", 200, """
                {"items":[{"id":"%s","trajectoryId":"33333333-3333-3333-3333-333333333333","trajectoryTitle":"Onderwijskundig leiderschap",
                "organiser":"NCP EQAVET","name":"Groep 14","capacity":12,"startsOn":"2027-01-15","endsOn":"2027-06-30","status":"OPEN"}],
                "page":1,"size":12,"totalItems":30,"totalPages":3}""".formatted(COHORT));
        API.json("GET", "/api/enrolments/mine", 200, "{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}");

        String page = mvc.perform(get("/?page=1").with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(API.received()).anySatisfy(request -> assertThat(request.pathAndQuery()).isEqualTo("/api/cohorts/open?size=12&page=1"));
        assertThat(page).contains("Pagina 2 van 3").contains("href=\"/?page=0#open-cohorts\"").contains("href=\"/?page=2#open-cohorts\"");
    }

    @Test
    void readsANegativePageAsTheFirst() throws Exception {
        catalogueWithOneOpenCohort();
        API.json("GET", "/api/enrolments/mine", 200, "{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}");

        mvc.perform(get("/?page=-4").with(as("participant1", "participant"))).andExpect(status().isOk());

        assertThat(API.received()).anySatisfy(request -> assertThat(request.pathAndQuery()).isEqualTo("/api/cohorts/open?size=12&page=0"));
    }

    @Test
    void sendsAPersonWithoutASessionToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    }
}
