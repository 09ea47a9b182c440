package nl.koers.web.reflection;

import static nl.koers.web.reflection.ReflectionFixtures.COHORT;
import static nl.koers.web.reflection.ReflectionFixtures.SESSION_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import nl.koers.web.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReflectionPageTest extends PageTest {

    private static final String REFLECTION = "55555555-5555-5555-5555-555555555555";

    private static final String PROMPTS = """
            {"sessionId":"%s","cohortId":"%s","prompts":[
             {"key":"rol","question":"Welke rol krijg je, en welke rol neem je zelf?"},
             {"key":"trots","question":"Wanneer ben je tevreden, en wanneer trots?"}],"version":2}""".formatted(SESSION_2, COHORT);

    private static String reflection(String owner, String visibility) {
        return """
                {"id":"%s","cohortId":"%s","sessionId":"%s","ownerId":"%s","text":"Ik merk dat ik vaak de rol van controleur krijg.",
                "prompts":{"rol":"Controleur, terwijl ik coach wil zijn."},"visibility":"%s",
                "createdAt":"2027-02-12T17:00:00Z","updatedAt":"2027-02-12T17:00:00Z","version":1}"""
                .formatted(REFLECTION, COHORT, SESSION_2, owner, visibility);
    }

    @BeforeEach
    void cohort() {
        ReflectionFixtures.cohortWithSessions(API);
    }

    @Test
    void asksEachPromptOfTheSessionInItsOwnLabelledField() throws Exception {
        API.json("GET", "/api/reflections/prompts/" + SESSION_2, 200, PROMPTS);

        String page = mvc.perform(get("/reflections/new").param("cohortId", COHORT).param("sessionId", SESSION_2)
                        .with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<label class=\"utrecht-form-label\" for=\"answers0.text\">Welke rol krijg je, en welke rol neem je zelf?</label>")
                .contains("<label class=\"utrecht-form-label\" for=\"answers1.text\">Wanneer ben je tevreden, en wanneer trots?</label>")
                .contains("Bijeenkomst 2: Rollen en kwaliteitscultuur")
                .contains("Organisatoren lezen nooit wat je schrijft")
                .contains("De deelnemers en begeleiders van je groep lezen hem.")
                .doesNotContain("Dit deel is even niet beschikbaar");
    }

    @Test
    void writesTheAnsweredPromptsTheTextAndTheAudience() throws Exception {
        API.json("POST", "/api/reflections", 201, reflection("participant1", "FACILITATORS"));

        mvc.perform(post("/reflections/new").param("cohortId", COHORT).param("sessionId", SESSION_2)
                        .with(as("participant1", "participant")).with(csrf())
                        .param("answers[0].key", "rol").param("answers[0].text", " Controleur, terwijl ik coach wil zijn. ")
                        .param("answers[1].key", "trots").param("answers[1].text", "")
                        .param("text", "Ik merk dat ik vaak de rol van controleur krijg.").param("visibility", "FACILITATORS"))
                .andExpect(redirectedUrl("/reflections/" + REFLECTION))
                .andExpect(flash().attribute("flash", "reflection.flash.written"));

        assertThat(API.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.body()).contains("\"cohortId\":\"" + COHORT + "\"").contains("\"sessionId\":\"" + SESSION_2 + "\"")
                    .contains("\"prompts\":{\"rol\":\"Controleur, terwijl ik coach wil zijn.\"}")
                    .contains("\"visibility\":\"FACILITATORS\"").doesNotContain("trots");
        });
    }

    @Test
    void saysInDutchBesideTheFieldsWhatIsMissing() throws Exception {
        API.json("GET", "/api/reflections/prompts/" + SESSION_2, 200, PROMPTS);

        String page = mvc.perform(post("/reflections/new").param("cohortId", COHORT).param("sessionId", SESSION_2)
                        .with(as("participant1", "participant")).with(csrf())
                        .param("answers[0].key", "rol").param("answers[0].text", "x".repeat(4001))
                        .param("text", " "))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Fout: Reflectie schrijven").contains("href=\"#text\"").contains("id=\"text-error\"")
                .contains("Vul dit veld in.").contains("id=\"visibility-error\"").contains("Maak een keuze.")
                .contains("id=\"answers0.text-error\"").contains("Gebruik hoogstens 4000 tekens.");
        assertThat(API.received()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void showsNotFoundForAReflectionThatIsNotMineToRead() throws Exception {
        API.problem("GET", "/api/reflections/" + REFLECTION, 404, "reflection-not-found",
                "There is no reflection " + REFLECTION + " that you may read.", null);

        String page = mvc.perform(get("/reflections/" + REFLECTION).with(as("participant2", "participant")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Niet gevonden").doesNotContain("controleur");
    }

    @Test
    void showsMyReflectionWithTheQuestionsItAnswersAndWhoReadsIt() throws Exception {
        API.json("GET", "/api/reflections/" + REFLECTION, 200, reflection("participant1", "PRIVATE"), Map.of("ETag", "\"1\""));
        API.json("GET", "/api/reflections/prompts/" + SESSION_2, 200, PROMPTS);

        String page = mvc.perform(get("/reflections/" + REFLECTION).with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Reflectie op bijeenkomst 2: Rollen en kwaliteitscultuur")
                .contains("Welke rol krijg je, en welke rol neem je zelf?").contains("Controleur, terwijl ik coach wil zijn.")
                .contains("Niemand anders leest hem.").contains("/reflections/" + REFLECTION + "/edit");
    }

    @Test
    void revisesWithTheEtagItWasReadWith() throws Exception {
        API.json("GET", "/api/reflections/" + REFLECTION, 200, reflection("participant1", "PRIVATE"), Map.of("ETag", "\"1\""));
        API.json("GET", "/api/reflections/prompts/" + SESSION_2, 200, PROMPTS);

        String form = mvc.perform(get("/reflections/" + REFLECTION + "/edit").with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"etag\" value=\"&quot;1&quot;\"").contains("Controleur, terwijl ik coach wil zijn.");

        API.json("PUT", "/api/reflections/" + REFLECTION, 200, reflection("participant1", "COHORT"), Map.of("ETag", "\"2\""));
        mvc.perform(post("/reflections/" + REFLECTION + "/edit").with(as("participant1", "participant")).with(csrf())
                        .param("etag", "\"1\"").param("answers[0].key", "rol").param("answers[0].text", "Coach")
                        .param("text", "Nieuwe tekst").param("visibility", "COHORT"))
                .andExpect(redirectedUrl("/reflections/" + REFLECTION));

        assertThat(API.received()).filteredOn(request -> request.method().equals("PUT")).singleElement().satisfies(request -> {
            assertThat(request.ifMatch()).isEqualTo("\"1\"");
            assertThat(request.body()).contains("\"sessionId\":\"" + SESSION_2 + "\"").contains("\"text\":\"Nieuwe tekst\"")
                    .contains("\"prompts\":{\"rol\":\"Coach\"}").contains("\"visibility\":\"COHORT\"");
        });
    }

    @Test
    void showsTheCurrentVersionWhenTheReflectionChangedMeanwhileAndKeepsMyText() throws Exception {
        API.json("GET", "/api/reflections/" + REFLECTION, 200, reflection("participant1", "PRIVATE").replace("\"version\":1", "\"version\":3"),
                Map.of("ETag", "\"3\""));
        API.json("GET", "/api/reflections/prompts/" + SESSION_2, 200, PROMPTS);
        API.problem("PUT", "/api/reflections/" + REFLECTION, 412, "reflection-version-mismatch",
                "The reflection is at version 3, not 1; fetch it again.", null);

        String page = mvc.perform(post("/reflections/" + REFLECTION + "/edit").with(as("participant1", "participant")).with(csrf())
                        .param("etag", "\"1\"").param("text", "Mijn nieuwe inzicht").param("visibility", "PRIVATE"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("intussen ergens anders opgeslagen").contains("De versie die nu is opgeslagen")
                .contains("Ik merk dat ik vaak de rol van controleur krijg.").contains("Mijn nieuwe inzicht")
                .contains("name=\"etag\" value=\"&quot;3&quot;\"");
    }

    @Test
    void deletesOnlyAfterTheConfirmation() throws Exception {
        API.json("GET", "/api/reflections/" + REFLECTION, 200, reflection("participant1", "PRIVATE"));
        API.json("GET", "/api/reflections/prompts/" + SESSION_2, 200, PROMPTS);

        String confirmation = mvc.perform(get("/reflections/" + REFLECTION + "/delete").with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains("Wil je je reflectie op bijeenkomst 2").contains("Ja, verwijder deze reflectie");
        assertThat(API.received()).noneMatch(request -> request.method().equals("DELETE"));

        API.json("DELETE", "/api/reflections/" + REFLECTION, 204, "");
        mvc.perform(post("/reflections/" + REFLECTION + "/delete").param("cohortId", COHORT)
                        .with(as("participant1", "participant")).with(csrf()))
                .andExpect(redirectedUrl("/reflections?cohortId=" + COHORT));
        assertThat(API.received()).anyMatch(request -> request.method().equals("DELETE")
                && request.pathAndQuery().equals("/api/reflections/" + REFLECTION));
    }

    @Test
    void listsMyReflectionsPerSessionOfTheCohort() throws Exception {
        API.json("GET", "/api/reflections", 200, "{\"items\":[" + reflection("participant1", "PRIVATE") + ","
                + reflection("participant2", "COHORT").replace(REFLECTION, "66666666-6666-6666-6666-666666666666")
                + "],\"page\":0,\"size\":20,\"totalItems\":2,\"totalPages\":1}");

        String page = mvc.perform(get("/reflections").param("cohortId", COHORT).with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Reflecties in Groep 1").contains("Bijeenkomst 2: Rollen en kwaliteitscultuur")
                .contains("Van jou").contains("Gedeeld door iemand uit je groep")
                .contains("/reflections/new?cohortId=" + COHORT + "&amp;sessionId=" + SESSION_2)
                .doesNotContain("Dit deel is even niet beschikbaar");
        assertThat(API.received()).anyMatch(request -> request.pathAndQuery().equals("/api/reflections?cohortId=" + COHORT + "&page=0&size=20"));
    }

    @Test
    void listsMyReflectionsEverywhereByCohort() throws Exception {
        ReflectionFixtures.myCohorts(API);
        API.json("GET", "/api/reflections", 200, "{\"items\":[" + reflection("participant1", "PRIVATE")
                + "],\"page\":0,\"size\":20,\"totalItems\":41,\"totalPages\":3}");

        String page = mvc.perform(get("/reflections").with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Mijn reflecties").contains("Groep 1 – Onderwijskundig leiderschap")
                .contains("Bijeenkomst 2: Rollen en kwaliteitscultuur").contains("/reflections?cohortId=" + COHORT)
                .contains("Pagina 1 van 3").contains("href=\"/reflections?page=1\"");
    }

    @Test
    void keepsMyReflectionReadableWhenTrajectoryServiceIsAway() throws Exception {
        API.problem("GET", "/api/cohorts/" + COHORT, 503, "service-unavailable", "trajectory-service is not answering", null);
        API.problem("GET", "/api/cohorts/" + COHORT + "/sessions", 503, "service-unavailable", "trajectory-service is not answering", null);
        API.json("GET", "/api/reflections/" + REFLECTION, 200, reflection("participant1", "PRIVATE"));
        API.json("GET", "/api/reflections/prompts/" + SESSION_2, 200, PROMPTS);

        String page = mvc.perform(get("/reflections/" + REFLECTION).with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Ik merk dat ik vaak de rol van controleur krijg.").contains("<h1 class=\"utrecht-heading-1\">Reflectie</h1>");
    }
}
