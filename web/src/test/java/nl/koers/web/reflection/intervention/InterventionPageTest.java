package nl.koers.web.reflection.intervention;

import static nl.koers.web.reflection.ReflectionFixtures.COHORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import nl.koers.web.PageTest;
import nl.koers.web.reflection.ReflectionFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InterventionPageTest extends PageTest {

    private static final String INTERVENTION = "88888888-8888-8888-8888-888888888888";
    private static final String CASE = "77777777-7777-7777-7777-777777777777";
    private static final String QUESTION = "99999999-9999-9999-9999-999999999999";

    private static String intervention(String status) {
        return """
                {"id":"%s","cohortId":"%s","ownerId":"participant1","coOwnerIds":["participant3"],"kind":"ACTION_PLAN",
                "title":"Teamgesprekken over de studentenenquête","goal":"Teams bespreken zelf hun uitkomsten.",
                "steps":[{"position":1,"description":"Uitkomsten per team klaarzetten","who":"kwaliteitszorg","dueDate":"2027-03-15","status":"DONE"},
                         {"position":2,"description":"Gesprek in elk team","who":"teamleider","dueDate":null,"status":"PLANNED"}],
                "visibility":"COHORT","developmentQuestionId":null,"caseId":"%s","status":"%s","experience":null,"nextSteps":null,
                "createdAt":"2027-03-12T13:00:00Z","updatedAt":"2027-03-12T13:00:00Z","version":2}""".formatted(INTERVENTION, COHORT, CASE, status);
    }

    private static final String FEEDBACK = """
            {"items":[{"id":"aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa","interventionId":"%s","giverId":"participant2","giverRole":"PARTICIPANT",
            "text":"Mooi dat de teams zelf aan zet zijn.","givenAt":"2027-04-02T09:00:00Z"}],
            "page":0,"size":20,"totalItems":1,"totalPages":1}""".formatted(INTERVENTION);

    private static final String NO_FEEDBACK = "{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0,\"totalPages\":0}";

    @BeforeEach
    void cohort() {
        ReflectionFixtures.cohortWithSessions(API);
        API.json("GET", "/api/cases/" + CASE, 200, """
                {"id":"%s","cohortId":"%s","ownerId":"participant1","title":"Teams en examencommissie","situation":"s","visibility":"COHORT",
                "status":"BROUGHT_IN","roles":[],"createdAt":"2027-03-12T13:00:00Z","updatedAt":"2027-03-12T13:00:00Z","version":1}"""
                .formatted(CASE, COHORT));
    }

    private void planningChoices() {
        API.json("GET", "/api/development-questions", 200, """
                {"items":[{"id":"%s","cohortId":"%s","participantId":"participant1","visibility":"PRIVATE",
                "text":"Hoe maak ik teams eigenaar van hun kwaliteitszorg?","scope":"INDIVIDUAL","revisionCount":1,"revisions":null,
                "createdAt":"2027-01-10T10:00:00Z","updatedAt":"2027-01-10T10:00:00Z","version":1}],"page":0,"size":100,"totalItems":1,"totalPages":1}"""
                .formatted(QUESTION, COHORT));
        API.json("GET", "/api/cases", 200, "{\"items\":[" + """
                {"id":"%s","cohortId":"%s","ownerId":"participant1","title":"Teams en examencommissie","situation":"s","visibility":"COHORT",
                "status":"BROUGHT_IN","roles":[],"createdAt":"2027-03-12T13:00:00Z","updatedAt":"2027-03-12T13:00:00Z","version":1}"""
                .formatted(CASE, COHORT) + "],\"page\":0,\"size\":100,\"totalItems\":1,\"totalPages\":1}");
    }

    @Test
    void plansAnActionPlanWithItsStepsItsLinksAndItsWorkGroup() throws Exception {
        API.json("POST", "/api/interventions", 201, intervention("PLANNED"));

        mvc.perform(post("/interventions/new").param("cohortId", COHORT).with(as("participant1", "participant")).with(csrf())
                        .param("action", "save").param("kind", "ACTION_PLAN").param("title", "Teamgesprekken over de studentenenquête")
                        .param("goal", "Teams bespreken zelf hun uitkomsten.")
                        .param("steps[0].description", "Uitkomsten per team klaarzetten").param("steps[0].who", "kwaliteitszorg")
                        .param("steps[0].dueDate", "2027-03-15")
                        .param("steps[1].description", "").param("steps[1].who", "").param("steps[1].dueDate", "")
                        .param("steps[2].description", "Gesprek in elk team").param("steps[2].who", "teamleider").param("steps[2].dueDate", "")
                        .param("visibility", "COHORT").param("developmentQuestionId", QUESTION).param("caseId", CASE)
                        .param("coOwnerIds", "participant3\r\nparticipant4, participant3"))
                .andExpect(redirectedUrl("/interventions/" + INTERVENTION));

        assertThat(API.received()).filteredOn(r -> r.method().equals("POST")).singleElement().satisfies(request ->
                assertThat(request.body()).contains("\"cohortId\":\"" + COHORT + "\"").contains("\"kind\":\"ACTION_PLAN\"")
                        .contains("\"steps\":[{\"description\":\"Uitkomsten per team klaarzetten\",\"who\":\"kwaliteitszorg\",\"dueDate\":\"2027-03-15\"},"
                                + "{\"description\":\"Gesprek in elk team\",\"who\":\"teamleider\",\"dueDate\":null}]")
                        .contains("\"developmentQuestionId\":\"" + QUESTION + "\"").contains("\"caseId\":\"" + CASE + "\"")
                        .contains("\"coOwnerIds\":[\"participant3\",\"participant4\"]").contains("\"visibility\":\"COHORT\""));
    }

    @Test
    void plansACompactInterventionWithoutSteps() throws Exception {
        API.json("POST", "/api/interventions", 201, intervention("PLANNED"));

        mvc.perform(post("/interventions/new").param("cohortId", COHORT).with(as("participant1", "participant")).with(csrf())
                        .param("kind", "COMPACT").param("title", "Eén teamgesprek").param("goal", "Het gesprek op gang brengen.")
                        .param("steps[0].description", "").param("steps[0].who", "").param("visibility", "FACILITATORS"))
                .andExpect(redirectedUrl("/interventions/" + INTERVENTION));

        assertThat(API.received()).filteredOn(r -> r.method().equals("POST")).singleElement().satisfies(request ->
                assertThat(request.body()).contains("\"kind\":\"COMPACT\"").contains("\"steps\":[]").contains("\"coOwnerIds\":[]")
                        .contains("\"caseId\":null"));
    }

    @Test
    void addsAStepRowWithoutJavaScriptAndJudgesNothingYet() throws Exception {
        planningChoices();

        String page = mvc.perform(post("/interventions/new").param("cohortId", COHORT).with(as("participant1", "participant")).with(csrf())
                        .param("action", "add-step").param("kind", "ACTION_PLAN").param("title", "")
                        .param("steps[0].description", "Uitkomsten klaarzetten").param("steps[0].who", "kwaliteitszorg"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html").contains("value=\"Uitkomsten klaarzetten\"").contains("id=\"steps1.description\"")
                .contains("Stap 2 verwijderen").doesNotContain("koers-error-summary")
                .contains("Hoe maak ik teams eigenaar van hun kwaliteitszorg?");
        assertThat(API.received()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void answersHtmxWithOnlyTheStepsFocusOnTheNewRowAndAnAnnouncement() throws Exception {
        String fragment = mvc.perform(post("/interventions/new").param("cohortId", COHORT).header("HX-Request", "true")
                        .with(as("participant1", "participant")).with(csrf())
                        .param("action", "add-step").param("kind", "ACTION_PLAN")
                        .param("steps[0].description", "Uitkomsten klaarzetten").param("steps[0].who", "kwaliteitszorg"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).doesNotContain("<html").startsWith("<fieldset id=\"steps\"")
                .contains("data-announce=\"Stap 2 is toegevoegd.\"")
                .contains("hx-post=\"/interventions/new?cohortId=" + COHORT + "\"");
        assertThat(Pattern.compile("<fieldset class=\"[^\"]*koers-reflection-step-row\" data-focus=\"true\">\\s*<legend[^>]*>Stap 2</legend>")
                .matcher(fragment).find()).as("focus on the new row").isTrue();
    }

    @Test
    void removesAStepRow() throws Exception {
        String fragment = mvc.perform(post("/interventions/new").param("cohortId", COHORT).header("HX-Request", "true")
                        .with(as("participant1", "participant")).with(csrf()).param("action", "remove-step-0").param("kind", "ACTION_PLAN")
                        .param("steps[0].description", "Weg").param("steps[0].who", "ik")
                        .param("steps[1].description", "Blijft").param("steps[1].who", "teamleider"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("value=\"Blijft\"").doesNotContain("value=\"Weg\"").doesNotContain("Stap 2")
                .contains("data-announce=\"Stap 1 is verwijderd.\"");
    }

    @Test
    void saysInDutchBesideTheStepsWhatAnActionPlanStillNeeds() throws Exception {
        planningChoices();

        String page = mvc.perform(post("/interventions/new").param("cohortId", COHORT).with(as("participant1", "participant")).with(csrf())
                        .param("action", "save").param("kind", "ACTION_PLAN").param("title", "Plan").param("goal", "Doel")
                        .param("steps[0].description", "Gesprek voeren").param("steps[0].who", "").param("steps[0].dueDate", "15-03-2027")
                        .param("visibility", "COHORT"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"steps0.who-error\"").contains("Vul dit veld in.")
                .contains("id=\"steps0.dueDate-error\"").contains("Vul een datum in, bijvoorbeeld 2027-03-15.")
                .contains("href=\"#steps0.who\"");

        String withoutSteps = mvc.perform(post("/interventions/new").param("cohortId", COHORT).with(as("participant1", "participant")).with(csrf())
                        .param("kind", "ACTION_PLAN").param("title", "Plan").param("goal", "Doel").param("visibility", "COHORT"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(withoutSteps).contains("id=\"steps-error\"").contains("Een aanpakplan heeft minstens één stap.")
                .contains("href=\"#steps\"");
        assertThat(API.received()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void showsWhereTheInterventionStandsAsAnOrderedListWithTheCurrentStepMarked() throws Exception {
        API.json("GET", "/api/interventions/" + INTERVENTION, 200, intervention("IN_PROGRESS"));
        API.json("GET", "/api/interventions/" + INTERVENTION + "/feedback", 200, NO_FEEDBACK);

        String page = mvc.perform(get("/interventions/" + INTERVENTION).with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<ol class=\"koers-reflection-phases\" aria-labelledby=\"status-title\">");
        assertThat(Pattern.compile("aria-current=\"step\"").matcher(page).results().count()).isEqualTo(1);
        assertThat(Pattern.compile("<li class=\"koers-reflection-phase koers-reflection-phase--current\"\\s+aria-current=\"step\">\\s*"
                + "<span[^>]*>2</span>\\s*<span[^>]*>Bezig met uitvoeren</span>\\s*<span[^>]*>\\(hier staat hij nu\\)</span>")
                .matcher(page).find()).as("the current phase, marked in words too").isTrue();
        assertThat(Pattern.compile("<span[^>]*>Gepland</span>\\s*<span[^>]*>\\(afgerond\\)</span>").matcher(page).find()).isTrue();
        assertThat(page).contains("Teams en examencommissie").contains("participant3").contains("Klaar op");
    }

    @Test
    void offersTheOwnerTheNextMoveAndTheFeedbackReceivedButNoFeedbackForm() throws Exception {
        API.json("GET", "/api/interventions/" + INTERVENTION, 200, intervention("IN_PROGRESS"));
        API.json("GET", "/api/interventions/" + INTERVENTION + "/feedback", 200, FEEDBACK);

        String page = mvc.perform(get("/interventions/" + INTERVENTION).with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("action=\"/interventions/" + INTERVENTION + "/carry-out\"").contains("for=\"experience\"")
                .contains("Feedback die je kreeg").contains("Mooi dat de teams zelf aan zet zijn.").contains("Van een deelnemer")
                .doesNotContain("action=\"/interventions/" + INTERVENTION + "/feedback\"")
                .doesNotContain("/start\"").doesNotContain("/reflect\"");
    }

    @Test
    void offersACoOwnerTheMovesToo() throws Exception {
        API.json("GET", "/api/interventions/" + INTERVENTION, 200, intervention("PLANNED"));
        API.json("GET", "/api/interventions/" + INTERVENTION + "/feedback", 200, NO_FEEDBACK);

        String page = mvc.perform(get("/interventions/" + INTERVENTION).with(as("participant3", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("action=\"/interventions/" + INTERVENTION + "/start\"")
                .doesNotContain("action=\"/interventions/" + INTERVENTION + "/feedback\"");
    }

    @Test
    void offersOthersWhoReadItAFeedbackFormAndNoMoves() throws Exception {
        API.json("GET", "/api/interventions/" + INTERVENTION, 200, intervention("CARRIED_OUT"));
        API.json("GET", "/api/interventions/" + INTERVENTION + "/feedback", 200, FEEDBACK);

        String page = mvc.perform(get("/interventions/" + INTERVENTION).with(as("participant2", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("action=\"/interventions/" + INTERVENTION + "/feedback\"").contains("Geef feedback")
                .contains("Jouw feedback").contains("Feedback op deze interventie")
                .doesNotContain("/reflect\"").doesNotContain("/carry-out\"").doesNotContain("Feedback die je kreeg");
    }

    @Test
    void givesFeedback() throws Exception {
        API.json("POST", "/api/interventions/" + INTERVENTION + "/feedback", 201, """
                {"id":"aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa","interventionId":"%s","giverId":"participant2","giverRole":"PARTICIPANT",
                "text":"Sterk plan.","givenAt":"2027-04-02T09:00:00Z"}""".formatted(INTERVENTION));

        mvc.perform(post("/interventions/" + INTERVENTION + "/feedback").with(as("participant2", "participant")).with(csrf())
                        .param("text", " Sterk plan. "))
                .andExpect(redirectedUrl("/interventions/" + INTERVENTION + "#feedback"));

        assertThat(API.received()).singleElement().satisfies(r -> assertThat(r.body()).isEqualTo("{\"text\":\"Sterk plan.\"}"));
    }

    @Test
    void saysInDutchThatFeedbackNeedsAText() throws Exception {
        API.json("GET", "/api/interventions/" + INTERVENTION, 200, intervention("CARRIED_OUT"));
        API.json("GET", "/api/interventions/" + INTERVENTION + "/feedback", 200, NO_FEEDBACK);

        String page = mvc.perform(post("/interventions/" + INTERVENTION + "/feedback").with(as("participant2", "participant")).with(csrf())
                        .param("text", ""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"text-error\"").contains("Vul dit veld in.").contains("Fout: Interventie:");
    }

    @Test
    void carriesOutWithTheExperience() throws Exception {
        API.json("POST", "/api/interventions/" + INTERVENTION + "/carry-out", 200, intervention("CARRIED_OUT"));

        mvc.perform(post("/interventions/" + INTERVENTION + "/carry-out").with(as("participant1", "participant")).with(csrf())
                        .param("experience", "De teams namen het gesprek snel over."))
                .andExpect(redirectedUrl("/interventions/" + INTERVENTION));

        assertThat(API.received()).singleElement().satisfies(r -> {
            assertThat(r.pathAndQuery()).isEqualTo("/api/interventions/" + INTERVENTION + "/carry-out");
            assertThat(r.body()).isEqualTo("{\"experience\":\"De teams namen het gesprek snel over.\"}");
        });
    }

    @Test
    void saysWhyReflectingCannotBeDoneBeforeAnyFeedback() throws Exception {
        API.json("GET", "/api/interventions/" + INTERVENTION, 200, intervention("CARRIED_OUT"));
        API.json("GET", "/api/interventions/" + INTERVENTION + "/feedback", 200, NO_FEEDBACK);
        API.problem("POST", "/api/interventions/" + INTERVENTION + "/reflect", 409, "no-feedback-yet",
                "Next steps follow feedback", null);

        String page = mvc.perform(post("/interventions/" + INTERVENTION + "/reflect").with(as("participant1", "participant")).with(csrf())
                        .param("nextSteps", "Verder met team B."))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("koers-error-summary").contains("Reflecteren kan pas als je feedback hebt gekregen op deze interventie.")
                .contains("Verder met team B.");
    }

    @Test
    void showsNotFoundForAnInterventionThatIsNotMineToRead() throws Exception {
        API.problem("GET", "/api/interventions/" + INTERVENTION, 404, "intervention-not-found", "There is no intervention", null);

        String page = mvc.perform(get("/interventions/" + INTERVENTION).with(as("participant2", "participant")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Niet gevonden");
    }

    @Test
    void listsMyCasesAndInterventionsAndThoseSharedWithMeInEachOfMyCohorts() throws Exception {
        ReflectionFixtures.myCohorts(API);
        planningChoices();
        API.json("GET", "/api/interventions", 200, "{\"items\":[" + intervention("PLANNED") + ","
                + intervention("REFLECTED").replace(INTERVENTION, "88888888-8888-8888-8888-888888888889")
                        .replace("\"ownerId\":\"participant1\"", "\"ownerId\":\"participant2\"").replace("[\"participant3\"]", "[]")
                + "],\"page\":0,\"size\":20,\"totalItems\":2,\"totalPages\":1}");

        String page = mvc.perform(get("/interventions").with(as("participant1", "participant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Groep 1 – Onderwijskundig leiderschap").contains("Teams en examencommissie")
                .contains("Teamgesprekken over de studentenenquête").contains("Van jou").contains("Gedeeld met je")
                .contains("Teruggekeken met feedback").contains("/cases/new?cohortId=" + COHORT)
                .contains("/interventions/new?cohortId=" + COHORT);
        assertThat(API.received()).anyMatch(r -> r.pathAndQuery().equals("/api/interventions?cohortId=" + COHORT + "&size=20"))
                .anyMatch(r -> r.pathAndQuery().equals("/api/cases?cohortId=" + COHORT + "&size=20"));
    }
}
