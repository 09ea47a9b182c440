package nl.koers.web.organise;

import static nl.koers.web.organise.OrganiseFixtures.COHORT;
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

/** A trajectory's evaluation items and a session's reflection prompts: texts with keys, rows added without script. */
class KeyedTextsPagesTest extends PageTest {

    private static final String ITEMS = "/organise/trajectories/" + TRAJECTORY + "/evaluation";
    private static final String PROMPTS = "/organise/sessions/" + SESSION_1 + "/prompts";

    private static void defaults() {
        API.json("GET", "/api/evaluations/items/" + TRAJECTORY, 200, """
                {"trajectoryId":"%s","items":[{"key":"relevance","label":"Relevantie voor mijn ontwikkelvraag"},
                 {"key":"usefulness","label":"Bruikbaarheid in mijn eigen praktijk"}],"version":0}""".formatted(TRAJECTORY));
    }

    @Test
    void showsTheDefaultItemsWithAnEmptyRowToAddOne() throws Exception {
        OrganiseFixtures.trajectory(API, 1);
        defaults();

        String page = mvc.perform(get(ITEMS).with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Evaluatievragen: " + OrganiseFixtures.TITLE).contains("Dit zijn de standaardvragen van Koers")
                .contains("value=\"Relevantie voor mijn ontwikkelvraag\"").contains("value=\"relevance\"")
                .contains("id=\"rows2.text\"").doesNotContain("id=\"rows3.text\"")
                .contains("<label class=\"utrecht-form-label\" for=\"rows2.key\">Sleutel (niet verplicht)</label>");
    }

    @Test
    void addsARowWithoutJavaScript() throws Exception {
        OrganiseFixtures.trajectory(API, 1);

        String page = mvc.perform(post(ITEMS).with(as("organiser", "organiser")).with(csrf()).header("Accept-Language", "nl")
                        .param("rows[0].key", "relevance").param("rows[0].text", "Relevantie").param("action", "add-row"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"rows1.text\"").contains("value=\"Relevantie\"");
        assertThat(API.received()).noneSatisfy(r -> assertThat(r.method()).isEqualTo("PUT"));
    }

    @Test
    void savesTheItemsMakingAKeyFromTheTextWhereNoneWasGiven() throws Exception {
        OrganiseFixtures.trajectory(API, 1);
        API.json("PUT", "/api/evaluations/items/" + TRAJECTORY, 200, "{\"items\":[],\"version\":1}");

        mvc.perform(post(ITEMS).with(as("organiser", "organiser")).with(csrf())
                        .param("rows[0].key", "relevance").param("rows[0].text", "Relevantie voor mijn ontwikkelvraag")
                        .param("rows[1].key", "").param("rows[1].text", "Eigenaarschap van het hele team")
                        .param("rows[2].key", "").param("rows[2].text", ""))
                .andExpect(redirectedUrl("/organise/trajectories/" + TRAJECTORY));

        Received put = API.received().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
        assertThat(put.body()).isEqualTo("{\"items\":[{\"key\":\"relevance\",\"label\":\"Relevantie voor mijn ontwikkelvraag\"},"
                + "{\"key\":\"eigenaarschap-van-het-hele-team\",\"label\":\"Eigenaarschap van het hele team\"}]}");
    }

    @Test
    void saysBesideTheRowWhatIsWrong() throws Exception {
        OrganiseFixtures.trajectory(API, 1);

        String page = mvc.perform(post(ITEMS).with(as("organiser", "organiser")).with(csrf()).header("Accept-Language", "nl")
                        .param("rows[0].key", "Relevance!").param("rows[0].text", "Relevantie")
                        .param("rows[1].key", "team").param("rows[1].text", "")
                        .param("rows[2].key", "team").param("rows[2].text", "Team"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"rows0.key-error\"").contains("Gebruik voor de sleutel alleen kleine letters")
                .contains("id=\"rows1.text-error\"").contains("id=\"rows2.key-error\"").contains("Deze sleutel heeft een andere vraag al.");
    }

    @Test
    void refusesAnEmptyEvaluation() throws Exception {
        OrganiseFixtures.trajectory(API, 1);

        String page = mvc.perform(post(ITEMS).with(as("organiser", "organiser")).with(csrf()).header("Accept-Language", "nl")
                        .param("rows[0].key", "").param("rows[0].text", ""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"rows-error\"").contains("Vul ten minste één vraag in.");
    }

    @Test
    void attachesPromptsToASessionAndRemovesThemAllWhenEmpty() throws Exception {
        OrganiseFixtures.session(API, SESSION_1, 1, "SCHEDULED", 3);
        OrganiseFixtures.cohort(API, "OPEN", 2);
        OrganiseFixtures.trajectory(API, 1);
        API.json("GET", "/api/reflections/prompts/" + SESSION_1, 200, """
                {"sessionId":"%s","cohortId":"%s","prompts":[{"key":"rol","question":"De rol die je krijgt en de rol die je neemt?"}],"version":1}"""
                .formatted(SESSION_1, COHORT));
        API.json("PUT", "/api/reflections/prompts/" + SESSION_1, 200, "{\"prompts\":[],\"version\":2}");

        String page = mvc.perform(get(PROMPTS).with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Reflectievragen bij bijeenkomst 1: Ontwikkelvragen verdiepen")
                .contains("value=\"De rol die je krijgt en de rol die je neemt?\"").contains("jij ziet het niet");

        mvc.perform(post(PROMPTS).with(as("organiser", "organiser")).with(csrf()).param("rows[0].key", "").param("rows[0].text", ""))
                .andExpect(redirectedUrl("/organise/cohorts/" + COHORT + "#session-" + SESSION_1));
        Received put = API.received().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
        assertThat(put.body()).isEqualTo("{\"prompts\":[]}");
    }

    @Test
    void saysSoWhileReflectionServiceHasNotHeardOfTheSession() throws Exception {
        OrganiseFixtures.session(API, SESSION_1, 1, "SCHEDULED", 3);
        OrganiseFixtures.cohort(API, "OPEN", 2);
        OrganiseFixtures.trajectory(API, 1);
        API.problem("GET", "/api/reflections/prompts/" + SESSION_1, 404, "session-not-found", "not heard of", null);

        String page = mvc.perform(get(PROMPTS).with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Koers verwerkt deze bijeenkomst nog").contains("id=\"rows0.text\"");
    }

    @Test
    void answersNotFoundForTheEvaluationOfATrajectoryThatDoesNotExist() throws Exception {
        API.problem("GET", "/api/trajectories/" + OrganiseFixtures.MISSING, 404, "trajectory-not-found", "none", null);

        mvc.perform(get("/organise/trajectories/" + OrganiseFixtures.MISSING + "/evaluation").with(as("organiser", "organiser")))
                .andExpect(status().isNotFound());
    }
}
