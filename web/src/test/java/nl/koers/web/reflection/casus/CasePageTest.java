package nl.koers.web.reflection.casus;

import static nl.koers.web.reflection.ReflectionFixtures.COHORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koers.web.PageTest;
import nl.koers.web.reflection.ReflectionFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CasePageTest extends PageTest {

    private static final String CASE = "77777777-7777-7777-7777-777777777777";

    private static final String ROLES = """
            {"cohortId":"%s","roles":[{"key":"board","label":"Bestuur"},{"key":"team-leader","label":"Teamleider"},
             {"key":"team","label":"Onderwijsteam"},{"key":"quality-officer","label":"Kwaliteitszorg"}],"version":0}""".formatted(COHORT);

    static final String CASE_JSON = """
            {"id":"%s","cohortId":"%s","ownerId":"participant1","title":"Teams en examencommissie praten langs elkaar heen",
            "situation":"De teams zien de examencommissie als controleur.","visibility":"COHORT","status":"ANALYSED",
            "roles":[{"roleKey":"team-leader","roleLabel":"Teamleider","contribution":"Het gesprek agenderen."}],
            "createdAt":"2027-03-12T13:00:00Z","updatedAt":"2027-03-12T13:05:00Z","version":2}""".formatted(CASE, COHORT);

    @BeforeEach
    void cohort() {
        ReflectionFixtures.cohortWithSessions(API);
    }

    @Test
    void showsTheCohortsRoleFanSoEachRoleGetsItsOwnLabelledField() throws Exception {
        API.json("GET", "/api/role-fans/" + COHORT, 200, ROLES);

        String page = mvc.perform(get("/cases/new").param("cohortId", COHORT).with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<legend class=\"utrecht-form-fieldset__legend\">Wat kan elke rol bijdragen?</legend>")
                .contains("<label class=\"utrecht-form-label\" for=\"roles1.contribution\">Teamleider: wat kan deze rol bijdragen?</label>")
                .contains("name=\"roles[3].role\" value=\"quality-officer\"")
                .contains("Organisatoren lezen nooit wat je schrijft");
    }

    @Test
    void bringsInTheCaseWithTheRolesThatContribute() throws Exception {
        API.json("POST", "/api/cases", 201, CASE_JSON);

        mvc.perform(post("/cases/new").param("cohortId", COHORT).with(as("participant1", "participant")).with(csrf())
                        .param("title", " Teams en examencommissie praten langs elkaar heen ")
                        .param("situation", "De teams zien de examencommissie als controleur.").param("visibility", "COHORT")
                        .param("roles[0].role", "board").param("roles[0].contribution", "")
                        .param("roles[1].role", "team-leader").param("roles[1].contribution", "Het gesprek agenderen."))
                .andExpect(redirectedUrl("/cases/" + CASE));

        assertThat(API.received()).filteredOn(r -> r.method().equals("POST")).singleElement().satisfies(request ->
                assertThat(request.body()).contains("\"cohortId\":\"" + COHORT + "\"")
                        .contains("\"title\":\"Teams en examencommissie praten langs elkaar heen\"")
                        .contains("\"visibility\":\"COHORT\"")
                        .contains("\"roles\":[{\"role\":\"team-leader\",\"contribution\":\"Het gesprek agenderen.\"}]"));
    }

    @Test
    void saysInDutchBesideTheFieldsWhatIsMissing() throws Exception {
        API.json("GET", "/api/role-fans/" + COHORT, 200, ROLES);

        String page = mvc.perform(post("/cases/new").param("cohortId", COHORT).with(as("participant1", "participant")).with(csrf())
                        .param("title", "").param("situation", "Iets").param("visibility", "COHORT"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"title-error\"").contains("Vul dit veld in.").contains("href=\"#title\"");
        assertThat(API.received()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void showsTheCaseWithWhatEachRoleCanContribute() throws Exception {
        API.json("GET", "/api/cases/" + CASE, 200, CASE_JSON);

        String page = mvc.perform(get("/cases/" + CASE).with(as("participant2", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Casus: Teams en examencommissie praten langs elkaar heen")
                .contains("Ingebracht door iemand uit je groep").contains("Teamleider").contains("Het gesprek agenderen.")
                .contains("/interventions/new?cohortId=" + COHORT + "&amp;caseId=" + CASE);
    }

    @Test
    void showsNotFoundForACaseThatIsNotMineToRead() throws Exception {
        API.problem("GET", "/api/cases/" + CASE, 404, "case-not-found", "There is no case that you may read.", null);

        mvc.perform(get("/cases/" + CASE).with(as("participant2", "participant"))).andExpect(status().isNotFound());
    }
}
