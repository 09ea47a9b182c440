package nl.koers.web.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koers.web.ApiStandIn.Received;
import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;

class QuestionPagesTest extends PageTest {

    static final String COHORT = "11111111-1111-1111-1111-111111111111";
    static final String OTHER_COHORT = "11111111-1111-1111-1111-222222222222";
    static final String WAITLISTED_COHORT = "11111111-1111-1111-1111-333333333333";
    static final String FACILITATED_COHORT = "11111111-1111-1111-1111-444444444444";
    static final String QUESTION = "44444444-4444-4444-4444-444444444444";
    static final String SHARED = "44444444-4444-4444-4444-555555555555";
    static final String SESSION_1 = "66666666-6666-6666-6666-666666666661";
    static final String SESSION_2 = "66666666-6666-6666-6666-666666666662";
    static final String GONE_SESSION = "66666666-6666-6666-6666-666666666669";

    static String question(String id, String owner, String visibility, String text, String scope, int revisionCount,
                           String revisions) {
        return """
                {"id":"%s","cohortId":"%s","participantId":"%s","visibility":"%s","text":"%s","scope":"%s",
                "revisionCount":%d,"revisions":%s,"createdAt":"2027-01-15T09:00:00Z","updatedAt":"2027-03-02T14:30:00Z","version":%d}"""
                .formatted(id, COHORT, owner, visibility, text, scope, revisionCount, revisions, revisionCount);
    }

    static String threeRevisions() {
        return question(QUESTION, "participant1", "FACILITATORS", "Hoe maken we als team samen werk van kwaliteit?", "TEAM", 3, """
                [{"number":1,"text":"Hoe krijg ik mijn collega's mee?","scope":"INDIVIDUAL","sessionId":null,"note":null,"createdAt":"2027-01-15T09:00:00Z"},
                 {"number":2,"text":"Hoe krijg ik mijn team mee in de kwaliteitscyclus?","scope":"INDIVIDUAL","sessionId":"%s","note":"Na het interview scherper","createdAt":"2027-02-01T10:00:00Z"},
                 {"number":3,"text":"Hoe maken we als team samen werk van kwaliteit?","scope":"TEAM","sessionId":"%s","note":"Het is een vraag van ons allemaal","createdAt":"2027-03-02T14:30:00Z"}]"""
                .formatted(SESSION_1, GONE_SESSION));
    }

    static void myCohorts() {
        API.json("GET", "/api/cohorts/mine", 200, """
                {"items":[
                 {"id":"%s","trajectoryId":"33333333-3333-3333-3333-333333333333","trajectoryTitle":"Onderwijskundig leiderschap","organiser":"NCP EQAVET","name":"Groep 1","startsOn":"2027-01-15","endsOn":"2027-06-30","status":"RUNNING","myRole":"PARTICIPANT","rosterStatus":"CONFIRMED"},
                 {"id":"%s","trajectoryId":"33333333-3333-3333-3333-333333333334","trajectoryTitle":"LOCK","organiser":"Platform Samen Opleiden","name":"Groep 2022","startsOn":"2022-09-01","endsOn":"2023-06-30","status":"COMPLETED","myRole":"PARTICIPANT","rosterStatus":"COMPLETED"},
                 {"id":"%s","trajectoryId":"33333333-3333-3333-3333-333333333335","trajectoryTitle":"Datacoalitie","organiser":"Kwaliteitsnetwerk mbo","name":"Wachtgroep","startsOn":"2027-09-01","endsOn":"2028-01-30","status":"OPEN","myRole":"PARTICIPANT","rosterStatus":"WAITLISTED"},
                 {"id":"%s","trajectoryId":"33333333-3333-3333-3333-333333333336","trajectoryTitle":"Teams aan zet","organiser":"NCP EQAVET","name":"Begeleidersgroep","startsOn":"2027-01-15","endsOn":"2027-06-30","status":"RUNNING","myRole":"FACILITATOR","rosterStatus":null}],
                "page":0,"size":100,"totalItems":4,"totalPages":1}""".formatted(COHORT, OTHER_COHORT, WAITLISTED_COHORT, FACILITATED_COHORT));
    }

    // The list

    @Test
    void listsMyQuestionsAndMarksWhatOthersSharedWithTheCohort() throws Exception {
        myCohorts();
        API.json("GET", "/api/development-questions", 200, """
                {"items":[%s,%s],"page":0,"size":20,"totalItems":2,"totalPages":1}""".formatted(
                question(QUESTION, "participant1", "PRIVATE", "Hoe krijg ik mijn team mee?", "INDIVIDUAL", 3, "null"),
                question(SHARED, "participant2", "COHORT", "Hoe gebruiken we data over uitval?", "TEAM", 1, "null")));

        String page = mvc.perform(get("/questions").with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Mijn ontwikkelvragen</h1>")
                .contains("href=\"/questions/" + QUESTION + "\"").contains("Hoe krijg ik mijn team mee?")
                .contains("Individuele vraag").contains("Alleen jij kunt deze ontwikkelvraag lezen.")
                .contains("2 keer aangescherpt").contains("Laatst gewijzigd op 2 maart 2027")
                .contains("href=\"/questions/new\"").contains("Nieuwe ontwikkelvraag");
        String shared = page.substring(page.indexOf("Hoe gebruiken we data over uitval?") - 600);
        assertThat(shared).contains("Vraag van een andere deelnemer").contains("Teamvraag")
                .contains("De deelnemer die deze vraag schreef, deelt hem met de begeleiders en de deelnemers van de groep.")
                .contains("Nog niet aangescherpt");
        assertThat(page).doesNotContain("Dit deel is even niet beschikbaar");
    }

    @Test
    void offersOnlyTheCohortsIHoldASeatInAndAsksTheApiForTheChosenOne() throws Exception {
        myCohorts();
        API.json("GET", "/api/development-questions", 200, "{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0,\"totalPages\":0}");

        String page = mvc.perform(get("/questions").param("cohortId", COHORT).with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("value=\"" + COHORT + "\" selected=\"selected\"").contains("value=\"" + OTHER_COHORT + "\"")
                .doesNotContain(WAITLISTED_COHORT).doesNotContain(FACILITATED_COHORT)
                .contains("In deze groep staan nog geen ontwikkelvragen.")
                .contains("href=\"/questions/new?cohortId=" + COHORT + "\"");
        assertThat(API.received()).anySatisfy(request ->
                assertThat(request.pathAndQuery()).isEqualTo("/api/development-questions?cohortId=" + COHORT + "&page=0&size=20"));
    }

    @Test
    void pagesThroughTheQuestionsTheApiPages() throws Exception {
        myCohorts();
        API.json("GET", "/api/development-questions", 200, """
                {"items":[%s],"page":1,"size":20,"totalItems":45,"totalPages":3}""".formatted(
                question(QUESTION, "participant1", "COHORT", "Vraag op pagina twee", "INDIVIDUAL", 1, "null")));

        String page = mvc.perform(get("/questions").param("page", "1").with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Pagina 2 van 3").contains("href=\"/questions?page=0\"").contains("href=\"/questions?page=2\"")
                .contains("Jij, je begeleiders en de andere deelnemers van je groep kunnen deze ontwikkelvraag lezen.");
        assertThat(API.received()).anySatisfy(request ->
                assertThat(request.pathAndQuery()).isEqualTo("/api/development-questions?page=1&size=20"));
    }

    @Test
    void keepsTheListWhenTheCohortsCannotBeLoaded() throws Exception {
        API.problem("GET", "/api/cohorts/mine", 503, "service-unavailable", "away", null);
        API.json("GET", "/api/development-questions", 200, """
                {"items":[%s],"page":0,"size":20,"totalItems":1,"totalPages":1}""".formatted(
                question(QUESTION, "participant1", "PRIVATE", "Hoe krijg ik mijn team mee?", "INDIVIDUAL", 1, "null")));

        String page = mvc.perform(get("/questions").with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Dit deel is even niet beschikbaar").contains("Hoe krijg ik mijn team mee?");
    }

    // Logging a question

    @Test
    void offersTheSeatedCohortsAndSaysWhoCanReadWhatIChoose() throws Exception {
        myCohorts();

        String page = mvc.perform(get("/questions/new").param("cohortId", COHORT).with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<option value=\"" + COHORT + "\" selected=\"selected\">Onderwijskundig leiderschap – Groep 1</option>")
                .doesNotContain(WAITLISTED_COHORT).doesNotContain(FACILITATED_COHORT);
        assertThat(page).contains("Alleen jij").contains("Jij en de begeleiders van je groep")
                .contains("Jij, je begeleiders en de andere deelnemers van je groep")
                .contains("Organisatoren lezen je ontwikkelvraag nooit")
                .contains("<legend class=\"utrecht-form-fieldset__legend\">Wie mag deze ontwikkelvraag lezen?</legend>")
                .containsPattern("value=\"PRIVATE\"[^>]*checked=\"checked\"");
    }

    @Test
    void logsTheQuestionAndGoesToIt() throws Exception {
        myCohorts();
        API.json("POST", "/api/development-questions", 201,
                question(QUESTION, "participant1", "FACILITATORS", "Hoe krijg ik mijn team mee?", "INDIVIDUAL", 1, "[]"));

        mvc.perform(post("/questions/new").with(as("participant1", "participant")).with(csrf())
                        .param("cohortId", COHORT).param("text", "  Hoe krijg ik mijn team mee?  ")
                        .param("scope", "INDIVIDUAL").param("visibility", "FACILITATORS"))
                .andExpect(redirectedUrl("/questions/" + QUESTION));

        Received sent = API.received().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.pathAndQuery()).isEqualTo("/api/development-questions");
        assertThat(sent.body()).isEqualTo("{\"cohortId\":\"" + COHORT
                + "\",\"text\":\"Hoe krijg ik mijn team mee?\",\"scope\":\"INDIVIDUAL\",\"visibility\":\"FACILITATORS\"}");
    }

    @Test
    void saysInDutchBesideTheFieldsWhatIsMissing() throws Exception {
        myCohorts();

        String page = mvc.perform(post("/questions/new").with(as("participant1", "participant")).with(csrf()).header("Accept-Language", "nl")
                        .param("cohortId", "").param("text", " ").param("scope", "TEAM").param("visibility", ""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Fout: Nieuwe ontwikkelvraag – Koers</title>")
                .contains("href=\"#text\"").contains("id=\"text-error\"").contains("Vul dit veld in.")
                .contains("id=\"cohortId-error\"").contains("id=\"visibility-error\"").contains("Maak een keuze.");
        assertThat(API.received()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void showsTheApisRefusalOnTheForm() throws Exception {
        myCohorts();
        API.problem("POST", "/api/development-questions", 409, "not-a-confirmed-participant", "Only a confirmed participant", null);

        String page = mvc.perform(post("/questions/new").with(as("participant1", "participant")).with(csrf()).header("Accept-Language", "nl")
                        .param("cohortId", COHORT).param("text", "Vraag").param("scope", "TEAM").param("visibility", "PRIVATE"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("koers-error-summary").contains("bevestigde plaats in deze groep");
    }

    @Test
    void saysHowToGetASeatWhenIHaveNoCohortToWriteIn() throws Exception {
        API.json("GET", "/api/cohorts/mine", 200, "{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}");

        String page = mvc.perform(get("/questions/new").with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Je kunt nog geen ontwikkelvraag schrijven.").doesNotContain("<textarea");
    }

    // One question

    @Test
    void showsTheHistoryFromTheFirstWordingToTodayOldestFirst() throws Exception {
        API.json("GET", "/api/development-questions/" + QUESTION, 200, threeRevisions());
        API.json("GET", "/api/sessions/" + SESSION_1, 200, """
                {"id":"%s","cohortId":"%s","trajectoryId":"33333333-3333-3333-3333-333333333333","sequence":1,
                "title":"Ontwikkelvragen verdiepen","theme":null,"startsAt":"2027-02-01T08:30:00Z","endsAt":"2027-02-01T12:00:00Z",
                "place":"Utrecht","onlineLink":null,"agenda":[],"agendaMinutes":0,"status":"SCHEDULED","version":1}""".formatted(SESSION_1, COHORT));
        API.problem("GET", "/api/sessions/" + GONE_SESSION, 404, "session-not-found", "No session", null);

        String page = mvc.perform(get("/questions/" + QUESTION).with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String timeline = page.substring(page.indexOf("<ol class=\"koers-timeline\""), page.indexOf("</ol>", page.indexOf("koers-timeline")));
        int first = timeline.indexOf("Hoe krijg ik mijn collega&#39;s mee?");
        int second = timeline.indexOf("Hoe krijg ik mijn team mee in de kwaliteitscyclus?");
        int third = timeline.indexOf("Hoe maken we als team samen werk van kwaliteit?");
        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
        assertThat(timeline).contains("Eerste formulering").contains("Aanscherping 1").contains("Aanscherping 2")
                .contains("Uit bijeenkomst 1: Ontwikkelvragen verdiepen").contains("Na het interview scherper")
                .contains("<time datetime=\"2027-02-01T10:00:00Z\">1 februari 2027</time>");
        assertThat(timeline.substring(third)).contains("Van individuele vraag naar teamvraag");
        assertThat(timeline.substring(0, third)).doesNotContain("Van individuele vraag naar teamvraag")
                .doesNotContain("Uit bijeenkomst 2");
        assertThat(page).contains("Jij en de begeleiders van je groep kunnen deze ontwikkelvraag lezen.")
                .contains("href=\"/questions/" + QUESTION + "/refine\"").contains("href=\"/questions/" + QUESTION + "/map\"")
                .containsPattern("value=\"FACILITATORS\"[^>]*checked=\"checked\"");
    }

    @Test
    void showsAnotherParticipantsQuestionAsTheApisNotFound() throws Exception {
        API.problem("GET", "/api/development-questions/" + SHARED, 404, "development-question-not-found",
                "There is no development question " + SHARED + ".", null);

        String page = mvc.perform(get("/questions/" + SHARED).with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Niet gevonden</h1>")
                .doesNotContain("There is no development question");
    }

    @Test
    void showsAQuestionSharedWithMeWithoutTheOwnersActions() throws Exception {
        API.json("GET", "/api/development-questions/" + SHARED, 200, question(SHARED, "participant2", "COHORT",
                "Hoe gebruiken we data over uitval?", "TEAM", 1,
                "[{\"number\":1,\"text\":\"Hoe gebruiken we data over uitval?\",\"scope\":\"TEAM\",\"sessionId\":null,\"note\":null,\"createdAt\":\"2027-01-15T09:00:00Z\"}]"));

        String page = mvc.perform(get("/questions/" + SHARED).with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Ontwikkelvraag van een andere deelnemer")
                .doesNotContain("/refine").doesNotContain("/visibility").contains("href=\"/questions/" + SHARED + "/map\"");
    }

    // Refining and visibility

    @Test
    void offersTheCohortsSessionsToRefineFrom() throws Exception {
        API.json("GET", "/api/development-questions/" + QUESTION, 200, threeRevisions());
        API.json("GET", "/api/cohorts/" + COHORT + "/sessions", 200, """
                {"items":[
                 {"id":"%s","cohortId":"%s","sequence":1,"title":"Ontwikkelvragen verdiepen","startsAt":"2027-02-01T08:30:00Z","status":"SCHEDULED"},
                 {"id":"%s","cohortId":"%s","sequence":2,"title":"Rollen en kwaliteitscultuur","startsAt":"2027-03-01T08:30:00Z","status":"CANCELLED"}],
                "page":0,"size":50,"totalItems":2,"totalPages":1}""".formatted(SESSION_1, COHORT, SESSION_2, COHORT));

        String page = mvc.perform(get("/questions/" + QUESTION + "/refine").with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<option value=\"" + SESSION_1 + "\">Bijeenkomst 1: Ontwikkelvragen verdiepen (1 februari 2027)</option>")
                .doesNotContain(SESSION_2).containsPattern("value=\"TEAM\"[^>]*checked=\"checked\"")
                .contains(">Hoe maken we als team samen werk van kwaliteit?</textarea>");
        assertThat(API.received()).anySatisfy(r -> assertThat(r.pathAndQuery()).isEqualTo("/api/cohorts/" + COHORT + "/sessions?size=50"));
    }

    @Test
    void refinesWithAPlainPostWithoutIfMatch() throws Exception {
        API.json("POST", "/api/development-questions/" + QUESTION + "/revisions", 201, threeRevisions());

        mvc.perform(post("/questions/" + QUESTION + "/refine").with(as("participant1", "participant")).with(csrf())
                        .param("text", " Hoe maken we als team samen werk van kwaliteit? ").param("scope", "TEAM")
                        .param("sessionId", SESSION_1).param("note", "Het is een vraag van ons allemaal"))
                .andExpect(redirectedUrl("/questions/" + QUESTION));

        Received sent = API.received().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.pathAndQuery()).isEqualTo("/api/development-questions/" + QUESTION + "/revisions");
        assertThat(sent.ifMatch()).isNull();
        assertThat(sent.body()).isEqualTo("{\"text\":\"Hoe maken we als team samen werk van kwaliteit?\",\"scope\":\"TEAM\",\"sessionId\":\""
                + SESSION_1 + "\",\"note\":\"Het is een vraag van ons allemaal\"}");
    }

    @Test
    void refinesWithoutASessionOrNote() throws Exception {
        API.json("POST", "/api/development-questions/" + QUESTION + "/revisions", 201, threeRevisions());

        mvc.perform(post("/questions/" + QUESTION + "/refine").with(as("participant1", "participant")).with(csrf())
                        .param("text", "Nieuwe tekst").param("scope", "INDIVIDUAL").param("sessionId", "").param("note", " "))
                .andExpect(redirectedUrl("/questions/" + QUESTION));

        Received sent = API.received().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.body()).isEqualTo("{\"text\":\"Nieuwe tekst\",\"scope\":\"INDIVIDUAL\",\"sessionId\":null,\"note\":null}");
    }

    @Test
    void showsTheApisRefusalOfARefinementInDutch() throws Exception {
        API.json("GET", "/api/development-questions/" + QUESTION, 200, threeRevisions());
        API.json("GET", "/api/cohorts/" + COHORT + "/sessions", 200, "{\"items\":[],\"page\":0,\"size\":50,\"totalItems\":0,\"totalPages\":0}");
        API.problem("POST", "/api/development-questions/" + QUESTION + "/revisions", 422, "invalid-development-question",
                "This revision repeats the current question; change its text or its scope.", null);

        String page = mvc.perform(post("/questions/" + QUESTION + "/refine").with(as("participant1", "participant")).with(csrf()).header("Accept-Language", "nl")
                        .param("text", "Hoe maken we als team samen werk van kwaliteit?").param("scope", "TEAM"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("koers-error-summary").contains("Je ontwikkelvraag kan zo niet worden opgeslagen.");
    }

    @Test
    void refusesARefinementWithoutTextBeforeAskingTheApi() throws Exception {
        API.json("GET", "/api/development-questions/" + QUESTION, 200, threeRevisions());
        API.json("GET", "/api/cohorts/" + COHORT + "/sessions", 200, "{\"items\":[],\"page\":0,\"size\":50,\"totalItems\":0,\"totalPages\":0}");

        String page = mvc.perform(post("/questions/" + QUESTION + "/refine").with(as("participant1", "participant")).with(csrf()).header("Accept-Language", "nl")
                        .param("text", "").param("scope", "TEAM").param("note", "x".repeat(2001)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"text-error\"").contains("Vul dit veld in.").contains("id=\"note-error\"")
                .contains("Gebruik hoogstens 2000 tekens.");
        assertThat(API.received()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void changesWhoMayReadTheQuestion() throws Exception {
        API.json("PATCH", "/api/development-questions/" + QUESTION, 200, threeRevisions());

        mvc.perform(post("/questions/" + QUESTION + "/visibility").with(as("participant1", "participant")).with(csrf())
                        .param("visibility", "COHORT"))
                .andExpect(redirectedUrl("/questions/" + QUESTION));

        Received sent = API.received().stream().filter(r -> r.method().equals("PATCH")).findFirst().orElseThrow();
        assertThat(sent.pathAndQuery()).isEqualTo("/api/development-questions/" + QUESTION);
        assertThat(sent.body()).isEqualTo("{\"visibility\":\"COHORT\"}");
    }

    @Test
    void rendersEveryPageInEnglishWhenAsked() throws Exception {
        myCohorts();
        API.json("GET", "/api/development-questions", 200, """
                {"items":[%s],"page":0,"size":20,"totalItems":1,"totalPages":1}""".formatted(
                question(QUESTION, "participant1", "PRIVATE", "Hoe krijg ik mijn team mee?", "INDIVIDUAL", 2, "null")));

        String page = mvc.perform(get("/questions").with(as("participant1", "participant")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("My development questions").contains("Refined once").contains("Only you can read this development question.");
    }
}
