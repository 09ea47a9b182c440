package nl.koers.web.reflection.evaluation;

import static nl.koers.web.reflection.ReflectionFixtures.COHORT;
import static nl.koers.web.reflection.ReflectionFixtures.TRAJECTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import nl.koers.web.PageTest;
import nl.koers.web.reflection.ReflectionFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

class EvaluationPageTest extends PageTest {

    private static final String PATH = "/cohorts/" + COHORT + "/evaluation";

    @BeforeEach
    void cohortAndItems() {
        ReflectionFixtures.cohortWithSessions(API);
        API.json("GET", "/api/evaluations/items/" + TRAJECTORY, 200, """
                {"trajectoryId":"%s","items":[{"key":"relevance","label":"Relevantie voor mijn eigen ontwikkelvraag"},
                 {"key":"facilitation","label":"Begeleiding door de experts"}],"version":0}""".formatted(TRAJECTORY));
    }

    @Test
    void asksEachItemOfTheTrajectoryAsARatingFromOneToFiveAndSaysItIsAnonymous() throws Exception {
        String page = mvc.perform(get(PATH).with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Je evaluatie is anoniem.").contains("zonder je naam")
                .contains("<legend class=\"utrecht-form-fieldset__legend\">Relevantie voor mijn eigen ontwikkelvraag</legend>")
                .contains("<legend class=\"utrecht-form-fieldset__legend\">Begeleiding door de experts</legend>")
                .contains("type=\"radio\"").contains("value=\"5\" id=\"ratings1.value5\" name=\"ratings[1].value\"").contains("for=\"ratings1.value5\"")
                .contains("uitstekend").contains("name=\"ratings[0].key\" value=\"relevance\"");
        assertThat(API.received()).anyMatch(r -> r.pathAndQuery().equals("/api/evaluations/items/" + TRAJECTORY));
    }

    @Test
    void submitsTheRatingsAndTheCommentOnceAndShowsThemBackOnce() throws Exception {
        API.json("POST", "/api/evaluations", 201, """
                {"cohortId":"%s","ratings":{"relevance":4,"facilitation":5},"comment":"Veel geleerd van de andere instellingen."}"""
                .formatted(COHORT));
        MockHttpSession session = new MockHttpSession();

        MvcResult submitted = mvc.perform(post(PATH).session(session).with(as("participant1", "participant")).with(csrf())
                        .param("ratings[0].key", "relevance").param("ratings[0].value", "4")
                        .param("ratings[1].key", "facilitation").param("ratings[1].value", "5")
                        .param("comment", " Veel geleerd van de andere instellingen. "))
                .andExpect(redirectedUrl(PATH)).andReturn();

        assertThat(API.received()).filteredOn(r -> r.method().equals("POST")).singleElement().satisfies(r ->
                assertThat(r.body()).contains("\"cohortId\":\"" + COHORT + "\"")
                        .contains("\"ratings\":{\"relevance\":4,\"facilitation\":5}")
                        .contains("\"comment\":\"Veel geleerd van de andere instellingen.\""));

        String thanks = mvc.perform(get(PATH).session(session).with(as("participant1", "participant"))
                        .flashAttrs(Map.copyOf(submitted.getFlashMap())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(thanks).contains("Dank je wel voor je evaluatie!").contains("Dit heb je ingevuld").contains("4 van 5")
                .doesNotContain("<form class=\"koers-form\"");
    }

    @Test
    void saysBeforeTheLastSessionThatEvaluatingCanOnlyBeDoneAfterwardsInsteadOfTheForm() throws Exception {
        API.problem("POST", "/api/evaluations", 409, "trajectory-not-over",
                "The cohort's last session ends at 2027-06-30T16:00:00Z; evaluate after that.", null);

        String page = mvc.perform(post(PATH).with(as("participant1", "participant")).with(csrf())
                        .param("ratings[0].key", "relevance").param("ratings[0].value", "4")
                        .param("ratings[1].key", "facilitation").param("ratings[1].value", "3"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Evalueren kan pas na de laatste bijeenkomst.").doesNotContain("<form class=\"koers-form\"")
                .doesNotContain("type=\"radio\"");
    }

    @Test
    void saysItHasBeenEvaluatedAlreadyInsteadOfTheForm() throws Exception {
        API.problem("POST", "/api/evaluations", 409, "already-evaluated", "You have evaluated this cohort's trajectory already", null);

        String page = mvc.perform(post(PATH).with(as("participant1", "participant")).with(csrf())
                        .param("ratings[0].key", "relevance").param("ratings[0].value", "4")
                        .param("ratings[1].key", "facilitation").param("ratings[1].value", "3"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Je hebt dit traject al geëvalueerd. Dank je wel!").doesNotContain("type=\"radio\"");
    }

    @Test
    void saysInDutchBesideAnItemThatItHasNoRatingYet() throws Exception {
        String page = mvc.perform(post(PATH).with(as("participant1", "participant")).with(csrf())
                        .param("ratings[0].key", "relevance").param("ratings[0].value", "4")
                        .param("ratings[1].key", "facilitation").param("comment", "x".repeat(2001)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"ratings1.value-error\"").contains("Maak een keuze.").contains("href=\"#ratings1.value\"")
                .contains("id=\"comment-error\"").contains("Gebruik hoogstens 2000 tekens.")
                .contains("value=\"4\" id=\"ratings0.value4\" name=\"ratings[0].value\" checked=\"checked\"");
        assertThat(API.received()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void showsNotFoundForACohortThatIsNotMine() throws Exception {
        API.problem("GET", "/api/cohorts/" + COHORT, 404, "cohort-not-found", "No cohort", null);

        mvc.perform(get(PATH).with(as("participant2", "participant"))).andExpect(status().isNotFound());
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        String page = mvc.perform(get(PATH).with(as("participant1", "participant")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Your evaluation is anonymous.").contains("Evaluate the trajectory: Onderwijskundig leiderschap")
                .contains("excellent").doesNotContain("anoniem");
    }
}
