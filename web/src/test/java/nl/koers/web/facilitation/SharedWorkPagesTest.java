package nl.koers.web.facilitation;

import static nl.koers.web.facilitation.FacilitationPagesTest.CASE;
import static nl.koers.web.facilitation.FacilitationPagesTest.COHORT;
import static nl.koers.web.facilitation.FacilitationPagesTest.INTERVENTION;
import static nl.koers.web.facilitation.FacilitationPagesTest.QUESTION;
import static nl.koers.web.facilitation.FacilitationPagesTest.REFLECTION;
import static nl.koers.web.facilitation.FacilitationPagesTest.SESSION_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;

/** Reading what participants shared, and giving feedback on an intervention. */
class SharedWorkPagesTest extends PageTest {

    private static final String PAGE = "/facilitation/interventions/" + INTERVENTION;

    private static void intervention() {
        API.json("GET", "/api/interventions/" + INTERVENTION, 200, """
                {"id":"%s","cohortId":"%s","ownerId":"participant1","coOwnerIds":["participant2"],"kind":"ACTION_PLAN",
                 "title":"Teamgesprek over tevreden en trots","goal":"Samen benoemen wanneer we tevreden zijn en wanneer trots.",
                 "steps":[{"position":1,"description":"Gesprek voorbereiden met de teamleider","who":"Teamleider","dueDate":"2027-03-10","status":"DONE"},
                          {"position":2,"description":"Teamoverleg houden","who":"Hele team","dueDate":null,"status":"PLANNED"}],
                 "visibility":"FACILITATORS","developmentQuestionId":null,"caseId":null,"status":"CARRIED_OUT",
                 "experience":"Het team deed goed mee; de tijd was te kort.","nextSteps":null,
                 "createdAt":"2027-03-02T10:00:00Z","updatedAt":"2027-03-12T10:00:00Z","version":5}""".formatted(INTERVENTION, COHORT),
                java.util.Map.of("ETag", "\"5\""));
        API.json("GET", "/api/interventions/" + INTERVENTION + "/feedback", 200, """
                {"items":[{"id":"f0000000-0000-0000-0000-000000000001","interventionId":"%s","giverId":"participant3",
                           "giverRole":"PARTICIPANT","text":"Mooi dat je de teamleider vooraf meenam.","givenAt":"2027-03-13T09:00:00Z"},
                          {"id":"f0000000-0000-0000-0000-000000000002","interventionId":"%s","giverId":"facilitator",
                           "giverRole":"FACILITATOR","text":"Plan een vervolgoverleg.","givenAt":"2027-03-14T09:00:00Z"}],
                 "page":0,"size":100,"totalItems":2,"totalPages":1}""".formatted(INTERVENTION, INTERVENTION));
        FacilitationPagesTest.roster();
    }

    @Test
    void showsTheInterventionAsTheApiShowsItWithItsFeedbackAndAFeedbackForm() throws Exception {
        intervention();

        String page = mvc.perform(get(PAGE).with(as("facilitator", "facilitator")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Teamgesprek over tevreden en trots</h1>")
                .contains("Interventie van An de Vries").contains("gedeeld met begeleiders").contains("Bram Jansen")
                .contains("Samen benoemen wanneer we tevreden zijn en wanneer trots.").contains("Aanpakplan").contains("Uitgevoerd")
                .contains("<caption class=\"utrecht-table__caption\">De stappen van het aanpakplan, in volgorde</caption>")
                .contains("Gesprek voorbereiden met de teamleider").contains("10 maart 2027").contains("geen datum").contains("Klaar")
                .contains("Het team deed goed mee; de tijd was te kort.")
                .contains("Chantal Bakker").contains("Mooi dat je de teamleider vooraf meenam.")
                .contains("Jij").contains("Plan een vervolgoverleg.")
                .contains("action=\"/facilitation/interventions/" + INTERVENTION + "/feedback\"")
                .contains("<label class=\"utrecht-form-label\" for=\"text\">Jouw feedback</label>")
                .contains("Gebruik hoogstens 4000 tekens.");
    }

    @Test
    void givesFeedbackAndComesBackWithAMessage() throws Exception {
        API.json("POST", "/api/interventions/" + INTERVENTION + "/feedback", 201, """
                {"id":"f0000000-0000-0000-0000-000000000003","interventionId":"%s","giverId":"facilitator","giverRole":"FACILITATOR",
                 "text":"Goed gedaan.","givenAt":"2027-03-15T09:00:00Z"}""".formatted(INTERVENTION));

        mvc.perform(post(PAGE + "/feedback").with(as("facilitator", "facilitator")).with(csrf()).param("text", "  Goed gedaan.  "))
                .andExpect(redirectedUrl(PAGE)).andExpect(flash().attribute("flash", "facilitation.feedback.given"));

        assertThat(API.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.pathAndQuery()).isEqualTo("/api/interventions/" + INTERVENTION + "/feedback");
            assertThat(request.body()).isEqualTo("{\"text\":\"Goed gedaan.\"}");
        });
    }

    @Test
    void saysBesideTheFieldInDutchWhatIsWrongWithTheFeedbackAndSendsNothing() throws Exception {
        intervention();

        String empty = mvc.perform(post(PAGE + "/feedback").with(as("facilitator", "facilitator")).with(csrf())
                        .header("Accept-Language", "nl").param("text", "   "))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        String tooLong = mvc.perform(post(PAGE + "/feedback").with(as("facilitator", "facilitator")).with(csrf())
                        .header("Accept-Language", "nl").param("text", "a".repeat(4001)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(empty).contains("<title>Fout: Interventie: Teamgesprek over tevreden en trots").contains("koers-error-summary")
                .contains("href=\"#text\"").contains("id=\"text-error\"").contains("Vul dit veld in.").contains("aria-invalid=\"true\"");
        assertThat(tooLong).contains("id=\"text-error\"").contains("Gebruik hoogstens 4000 tekens.");
        assertThat(API.received()).noneSatisfy(r -> assertThat(r.method()).isEqualTo("POST"));
    }

    @Test
    void putsTheApisRefusalOfTheFeedbackBesideTheField() throws Exception {
        intervention();
        API.problem("POST", "/api/interventions/" + INTERVENTION + "/feedback", 400, "invalid-request", "text: must not be blank",
                "[{\"field\":\"text\",\"message\":\"must not be blank\"}]");

        String page = mvc.perform(post(PAGE + "/feedback").with(as("facilitator", "facilitator")).with(csrf())
                        .header("Accept-Language", "nl").param("text", "Iets"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"text-error\"").contains("must not be blank");
    }

    @Test
    void answersNotFoundForAnInterventionTheApiHidesFromMe() throws Exception {
        API.problem("GET", "/api/interventions/" + INTERVENTION, 404, "intervention-not-found", "There is no intervention", null);
        API.problem("GET", "/api/interventions/" + INTERVENTION + "/feedback", 404, "intervention-not-found", "There is no intervention", null);

        String page = mvc.perform(get(PAGE).with(as("facilitator", "facilitator")).header("Accept-Language", "nl"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Niet gevonden").doesNotContain("Jouw feedback");
    }

    @Test
    void answersNotFoundForAPrivateQuestionOrReflection() throws Exception {
        API.problem("GET", "/api/development-questions/" + QUESTION, 404, "development-question-not-found", "There is no development question", null);
        API.problem("GET", "/api/reflections/" + REFLECTION, 404, "reflection-not-found", "There is no reflection", null);

        mvc.perform(get("/facilitation/questions/" + QUESTION).with(as("facilitator", "facilitator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/facilitation/reflections/" + REFLECTION).with(as("facilitator", "facilitator")))
                .andExpect(status().isNotFound());
    }

    @Test
    void showsASharedQuestionWithItsRevisionHistoryReadOnly() throws Exception {
        API.json("GET", "/api/development-questions/" + QUESTION, 200, """
                {"id":"%s","cohortId":"%s","participantId":"participant1","visibility":"COHORT",
                 "text":"Hoe maken we als team samen afspraken over kwaliteit?","scope":"TEAM","revisionCount":2,
                 "revisions":[{"number":1,"text":"Hoe krijg ik mijn collega's mee?","scope":"INDIVIDUAL","sessionId":null,"note":null,
                               "createdAt":"2027-01-10T09:00:00Z"},
                              {"number":2,"text":"Hoe maken we als team samen afspraken over kwaliteit?","scope":"TEAM","sessionId":"%s",
                               "note":"Na het interview zag ik dat het een teamvraag is.","createdAt":"2027-01-15T15:00:00Z"}],
                 "createdAt":"2027-01-10T09:00:00Z","updatedAt":"2027-01-15T15:00:00Z","version":2}""".formatted(QUESTION, COHORT, SESSION_1));
        FacilitationPagesTest.roster();
        FacilitationPagesTest.sessions();

        String page = mvc.perform(get("/facilitation/questions/" + QUESTION).with(as("facilitator", "facilitator"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Ontwikkelvraag van An de Vries</h1>").contains("gedeeld met de groep")
                .contains("Versie 1").contains("Hoe krijg ik mijn collega&#39;s mee?").contains("Eigen vraag")
                .contains("Versie 2").contains("aangescherpt in bijeenkomst 1").contains("Na het interview zag ik dat het een teamvraag is.")
                .doesNotContain("<form class=\"koers-form\"");
    }

    @Test
    void stillShowsAQuestionWhoseCohortsRosterTheApiDoesNotShowMeWithoutItsOwnersName() throws Exception {
        API.json("GET", "/api/development-questions/" + QUESTION, 200, """
                {"id":"%s","cohortId":"%s","participantId":"participant1","visibility":"COHORT","text":"Hoe meten we tevredenheid?",
                 "scope":"INDIVIDUAL","revisionCount":1,"revisions":[{"number":1,"text":"Hoe meten we tevredenheid?","scope":"INDIVIDUAL",
                 "sessionId":null,"note":null,"createdAt":"2027-01-10T09:00:00Z"}],
                 "createdAt":"2027-01-10T09:00:00Z","updatedAt":"2027-01-10T09:00:00Z","version":1}""".formatted(QUESTION, COHORT));
        API.problem("GET", "/api/cohorts/" + COHORT + "/participants", 404, "cohort-not-found", "There is no cohort", null);
        FacilitationPagesTest.sessions();

        String page = mvc.perform(get("/facilitation/questions/" + QUESTION).with(as("facilitator", "facilitator"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Ontwikkelvraag van een deelnemer").contains("Hoe meten we tevredenheid?").contains("1 versie");
    }

    @Test
    void showsASharedReflectionWithTheSessionsQuestionsReadOnly() throws Exception {
        API.json("GET", "/api/reflections/" + REFLECTION, 200, """
                {"id":"%s","cohortId":"%s","sessionId":"%s","ownerId":"participant2","text":"Ik merkte dat ik te snel invul wat mijn team wil.",
                 "prompts":{"role":"Ik neem de rol van verbinder."},"visibility":"FACILITATORS",
                 "createdAt":"2027-01-16T19:00:00Z","updatedAt":"2027-01-16T19:00:00Z","version":1}""".formatted(REFLECTION, COHORT, SESSION_1));
        API.json("GET", "/api/reflections/prompts/" + SESSION_1, 200, """
                {"sessionId":"%s","cohortId":"%s","prompts":[{"key":"role","question":"Welke rol krijg je, en welke rol neem je?"}],"version":1}"""
                .formatted(SESSION_1, COHORT));
        FacilitationPagesTest.roster();
        FacilitationPagesTest.sessions();

        String page = mvc.perform(get("/facilitation/reflections/" + REFLECTION).with(as("facilitator", "facilitator"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Reflectie van Bram Jansen").contains("gedeeld met begeleiders").contains("Bij bijeenkomst 1")
                .contains("Ik merkte dat ik te snel invul wat mijn team wil.")
                .contains("Welke rol krijg je, en welke rol neem je?").contains("Ik neem de rol van verbinder.")
                .doesNotContain("<form class=\"koers-form\"");
    }

    @Test
    void showsASharedCaseWithItsAnalysis() throws Exception {
        API.json("GET", "/api/cases/" + CASE, 200, """
                {"id":"%s","cohortId":"%s","ownerId":"participant9","title":"Uitval in het eerste jaar",
                 "situation":"Veel studenten stoppen in de eerste tien weken.","visibility":"COHORT","status":"ANALYSED",
                 "roles":[{"roleKey":"teamleider","roleLabel":"Teamleider","contribution":"Zet uitval op de agenda van het teamoverleg."}],
                 "createdAt":"2027-03-01T10:00:00Z","updatedAt":"2027-03-04T10:00:00Z","version":2}""".formatted(CASE, COHORT));
        FacilitationPagesTest.roster();

        String page = mvc.perform(get("/facilitation/cases/" + CASE).with(as("facilitator", "facilitator"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Casus van een deelnemer").contains("Uitval in het eerste jaar").contains("gedeeld met de groep")
                .contains("Teamleider").contains("Zet uitval op de agenda van het teamoverleg.");
    }
}
