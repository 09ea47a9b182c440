package nl.koers.web.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koers.web.ApiStandIn.Received;
import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where an invitation's link leads: which cohort, whose name, one button that enrols (with the usual message
 * after), and a page that says what to do when the invitation expired, was used, or is unknown. The secret in
 * the address is never passed on: no Referer, and it goes to the API in a body only.
 */
class InvitationPageTest extends PageTest {

    static final String TOKEN = "q1Bv8xZkJ3nR5tW7yA9cE2gH4jL6mN0pS-uV_xY1zB3";
    static final String COHORT = "40000000-0000-0000-0000-000000000001";
    static final String TRAJECTORY = "30000000-0000-0000-0000-000000000001";

    static String lookup(String status) {
        return """
                {"invitationId":"b1000000-0000-0000-0000-000000000001","cohortId":"%s","name":"An de Vries","status":"%s",
                 "expiresAt":"2027-01-10T16:00:00Z"}""".formatted(COHORT, status);
    }

    private void cohort() {
        API.json("GET", "/api/cohorts/" + COHORT, 200, """
                {"id":"%s","trajectoryId":"%s","name":"Groep Utrecht voorjaar 2027","capacity":6,"startsOn":"2027-01-15",
                 "endsOn":"2027-06-30","enrolmentOpensAt":null,"enrolmentClosesAt":"2027-01-10T16:00:00Z",
                 "facilitatorIds":["facilitator"],"status":"OPEN"}""".formatted(COHORT, TRAJECTORY));
        API.json("GET", "/api/trajectories/" + TRAJECTORY, 200, """
                {"id":"%s","title":"Kwaliteitsborging in het mbo","description":"Samen werken aan kwaliteit.","organiser":"NCP EQAVET"}"""
                .formatted(TRAJECTORY));
    }

    @Test
    void showsTheCohortTheNameAndOneButtonAndPassesTheAddressOnToNobody() throws Exception {
        API.json("POST", "/api/invitations/lookup", 200, lookup("INVITED"));
        cohort();

        MockHttpServletResponse response = mvc.perform(get("/invitations/" + TOKEN).with(as("participant111", "participant"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andReturn().getResponse();
        String page = response.getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Je bent uitgenodigd</h1>")
                .contains("Je bent uitgenodigd voor Kwaliteitsborging in het mbo, in de groep Groep Utrecht voorjaar 2027.")
                .contains("De uitnodiging staat op naam van An de Vries.").contains("Inschrijven met deze uitnodiging kan tot ")
                .contains("<form method=\"post\" action=\"/invitations\"")
                .contains("<input type=\"hidden\" name=\"token\" value=\"" + TOKEN + "\">")
                .contains(">Inschrijven</button>");
        // The secret is in the form and in the links to this same page in the other language; nowhere else.
        assertThat(page.split(TOKEN, -1)).hasSize(4);
        assertThat(page).contains("href=\"/invitations/" + TOKEN + "?lang=en\"").doesNotContain("href=\"http");
        assertThat(API.received()).filteredOn(r -> r.pathAndQuery().startsWith("/api/invitations"))
                .singleElement().satisfies(r -> {
                    assertThat(r.pathAndQuery()).isEqualTo("/api/invitations/lookup");
                    assertThat(r.body()).isEqualTo("{\"token\":\"" + TOKEN + "\"}");
                });
    }

    @Test
    void enrolsAndGoesHomeWithTheUsualMessage() throws Exception {
        API.json("POST", "/api/invitations/acceptance", 201, """
                {"invitationId":"b1000000-0000-0000-0000-000000000001","cohortId":"%s",
                 "enrolment":{"id":"e1000000-0000-0000-0000-000000000001","cohortId":"%s","status":"CONFIRMED","waitlistPosition":null}}"""
                .formatted(COHORT, COHORT));

        mvc.perform(post("/invitations").param("token", TOKEN).with(as("participant111", "participant")).with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("flash", "flash.enrolment.confirmed"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));

        Received accepted = API.received().stream().filter(r -> r.pathAndQuery().equals("/api/invitations/acceptance"))
                .findFirst().orElseThrow();
        assertThat(accepted.body()).isEqualTo("{\"token\":\"" + TOKEN + "\"}");
    }

    @Test
    void saysTheWaitlistWhenTheCohortIsFull() throws Exception {
        API.json("POST", "/api/invitations/acceptance", 200, """
                {"invitationId":"b1000000-0000-0000-0000-000000000001","cohortId":"%s",
                 "enrolment":{"id":"e1000000-0000-0000-0000-000000000001","cohortId":"%s","status":"WAITLISTED","waitlistPosition":3}}"""
                .formatted(COHORT, COHORT));

        mvc.perform(post("/invitations").param("token", TOKEN).with(as("participant111", "participant")).with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("flash", "flash.enrolment.waitlisted"));
    }

    @Test
    void saysWhatToDoWhenTheInvitationExpired() throws Exception {
        API.json("POST", "/api/invitations/lookup", 200, lookup("EXPIRED"));
        String looked = page(get("/invitations/" + TOKEN), 410);
        API.problem("POST", "/api/invitations/acceptance", 410, "invitation-expired", "The invitation expired", null);
        String accepted = page(post("/invitations").param("token", TOKEN).with(csrf()), 410);

        assertThat(looked).contains("Deze uitnodiging is verlopen").contains("Vraag de organisator om een nieuwe uitnodiging.")
                .doesNotContain(">Inschrijven</button>");
        assertThat(accepted).contains("Deze uitnodiging is verlopen");
    }

    @Test
    void saysWhatToDoWhenSomeoneElseUsedIt() throws Exception {
        API.problem("POST", "/api/invitations/acceptance", 409, "invitation-used", "Used by another participant", null);
        String accepted = page(post("/invitations").param("token", TOKEN).with(csrf()), 409);
        API.json("POST", "/api/invitations/lookup", 200, lookup("ACCEPTED"));
        String looked = page(get("/invitations/" + TOKEN), 409);

        assertThat(accepted).contains("Deze uitnodiging is al gebruikt").contains("vraag de organisator dan om een uitnodiging op jouw naam");
        assertThat(looked).contains("Deze uitnodiging is al gebruikt").doesNotContain(">Inschrijven</button>");
    }

    @Test
    void saysWhatToDoWhenKoersDoesNotKnowIt() throws Exception {
        API.problem("POST", "/api/invitations/lookup", 404, "invitation-not-found", "No such invitation", null);
        String unknown = page(get("/invitations/" + TOKEN), 404);
        String malformed = page(get("/invitations/not a token"), 404);

        assertThat(unknown).contains("Deze uitnodiging kent Koers niet").contains("Open hem nog eens vanuit de e-mail.");
        assertThat(malformed).contains("Deze uitnodiging kent Koers niet");
        assertThat(API.received()).filteredOn(r -> r.pathAndQuery().startsWith("/api/invitations")).hasSize(1);
    }

    @Test
    void keepsTheButtonAndSaysWhyWhenTheUsualEnrolmentRulesSayNo() throws Exception {
        API.problem("POST", "/api/invitations/acceptance", 409, "enrolment-window-passed", "The enrolment window closed", null);
        API.json("POST", "/api/invitations/lookup", 200, lookup("INVITED"));
        cohort();

        String page = page(post("/invitations").param("token", TOKEN).with(csrf()), 409);

        assertThat(page).contains("De inschrijving voor deze groep is gesloten.").contains(">Inschrijven</button>")
                .contains("role=\"alert\"");
    }

    @Test
    void tellsStaffThatOnlyParticipantsEnrol() throws Exception {
        API.problem("POST", "/api/invitations/lookup", 403, "forbidden", "Participants only", null);

        String page = mvc.perform(get("/invitations/" + TOKEN).with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Inschrijven kan alleen als deelnemer").contains("Log uit en log in met het account");
    }

    @Test
    void stillOffersTheButtonWhenTheCohortCannotBeReadYet() throws Exception {
        API.json("POST", "/api/invitations/lookup", 200, lookup("INVITED"));
        API.problem("GET", "/api/cohorts/" + COHORT, 404, "cohort-not-found", "No such cohort", null);

        String page = page(get("/invitations/" + TOKEN), 200);

        assertThat(page).contains("Je bent uitgenodigd om mee te doen aan een traject in Koers.").contains(">Inschrijven</button>");
    }

    @Test
    void asksToSignInFirstAndComesBackAfterwards() throws Exception {
        var asked = mvc.perform(get("/invitations/" + TOKEN))
                .andExpect(redirectedUrl("/oauth2/authorization/koers"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andReturn();

        SavedRequest saved = new HttpSessionRequestCache().getRequest(asked.getRequest(), asked.getResponse());
        assertThat(saved.getRedirectUrl()).startsWith("http://localhost/invitations/" + TOKEN);
    }

    @Test
    void readsInEnglish() throws Exception {
        API.json("POST", "/api/invitations/lookup", 200, lookup("INVITED"));
        cohort();

        String page = page(get("/invitations/" + TOKEN).param("lang", "en"), 200);

        assertThat(page).contains("You are invited").contains("The invitation is in the name of An de Vries.").contains(">Enrol</button>");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request.with(as("participant111", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }
}
