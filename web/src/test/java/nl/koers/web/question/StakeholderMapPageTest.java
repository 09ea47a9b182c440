package nl.koers.web.question;

import static nl.koers.web.question.QuestionPagesTest.COHORT;
import static nl.koers.web.question.QuestionPagesTest.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.web.ApiStandIn.Received;
import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class StakeholderMapPageTest extends PageTest {

    private static final String MAP = "/api/development-questions/" + QUESTION + "/stakeholder-map";

    private static void question(String owner) {
        API.json("GET", "/api/development-questions/" + QUESTION, 200, """
                {"id":"%s","cohortId":"%s","participantId":"%s","visibility":"PRIVATE","text":"Hoe krijg ik mijn team mee?",
                "scope":"TEAM","revisionCount":2,"revisions":[],"createdAt":"2027-01-15T09:00:00Z","updatedAt":"2027-03-02T14:30:00Z","version":2}"""
                .formatted(QUESTION, COHORT, owner));
    }

    private static String stakeholder(String name, String level, int influence, int interest, String stance, boolean toInvolve,
                                      String quadrant) {
        return """
                {"nameOrRole":"%s","function":null,"level":"%s","influence":%d,"interest":%d,"stance":"%s","toInvolve":%s,"note":null,"quadrant":"%s"}"""
                .formatted(name, level, influence, interest, stance, toInvolve, quadrant);
    }

    private static void savedMap(int version, List<String> stakeholders, List<String> stillToInvolve, String quadrants) {
        API.json("GET", MAP, 200, """
                {"questionId":"%s","version":%d,"updatedAt":%s,"stakeholders":[%s],"stillToInvolve":[%s],"quadrants":%s}"""
                .formatted(QUESTION, version, version == 0 ? "null" : "\"2027-03-02T14:30:00Z\"", String.join(",", stakeholders),
                        String.join(",", stillToInvolve.stream().map(n -> "\"" + n + "\"").toList()), quadrants),
                Map.of("ETag", "\"" + version + "\""));
    }

    private static void mapAtVersion4() {
        savedMap(4, List.of(
                stakeholder("Teamleider", "TEAM", 5, 5, "SUPPORTER", false, "MANAGE_CLOSELY"),
                stakeholder("Directeur onderwijs", "INSTITUTION", 4, 2, "NEUTRAL", true, "KEEP_SATISFIED"),
                stakeholder("Docenten", "TEAM", 2, 4, "CRITIC", false, "KEEP_INFORMED")),
                List.of("Directeur onderwijs"),
                "{\"MANAGE_CLOSELY\":1,\"KEEP_SATISFIED\":1,\"KEEP_INFORMED\":1,\"MONITOR\":0}");
    }

    /** A row of the map form as the browser sends it; tests change single fields before posting. */
    private static Map<String, String> row(String name) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("nameOrRole", name);
        row.put("function", "");
        row.put("level", "TEAM");
        row.put("influence", "4");
        row.put("interest", "3");
        row.put("stance", "SUPPORTER");
        row.put("note", "");
        return row;
    }

    /** A post of the map form with these rows (each with the checkbox's field marker), as the browser sends it. */
    @SafeVarargs
    private MockHttpServletRequestBuilder mapPost(String etag, String action, Map<String, String>... rows) {
        MockHttpServletRequestBuilder request = post("/questions/" + QUESTION + "/map").with(as("participant1", "participant")).with(csrf())
                .header("Accept-Language", "nl").param("etag", etag).param("action", action);
        for (int i = 0; i < rows.length; i++) {
            String prefix = "stakeholders[" + i + "].";
            rows[i].forEach((field, value) -> request.param(prefix + field, value));
            request.param("_" + prefix + "toInvolve", "on");
        }
        return request;
    }

    private MockHttpServletRequestBuilder mapPost(String etag, String action, String... names) {
        return mapPost(etag, action, java.util.Arrays.stream(names).map(StakeholderMapPageTest::row).<Map<String, String>>toArray(Map[]::new));
    }

    private static List<Received> puts() {
        return API.received().stream().filter(r -> r.method().equals("PUT")).toList();
    }

    @Test
    void drawsTheGridAsSvgWithTheSameDataAsATableAndWhoIsStillToInvolve() throws Exception {
        question("participant1");
        mapAtVersion4();

        String page = mvc.perform(get("/questions/" + QUESTION + "/map").with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
        assertThat(svg).contains("role=\"img\"").contains("viewBox=\"0 0 640 580\"")
                .contains("aria-labelledby=\"grid-svg-title\"").contains("<title id=\"grid-svg-title\">Stakeholdermap: invloed en belang</title>")
                .contains("<desc id=\"grid-svg-desc\">").contains("Nauw betrekken: 1. Tevreden houden: 1. Informeren: 1. Monitoren: 0.")
                .contains(">Nauw betrekken</text>").contains(">Tevreden houden</text>").contains(">Informeren</text>").contains(">Monitoren</text>")
                .contains(">Teamleider</text>").contains(">Directeur o…</text>")
                .contains("koers-grid__dot koers-grid__dot--open");
        assertThat(page).contains("role=\"region\" aria-labelledby=\"map-table-caption\"").doesNotContain("style=").doesNotContain("<script>").doesNotContain("onclick");
        String table = page.substring(page.indexOf("<table"), page.indexOf("</table>"));
        assertThat(table).contains("<caption class=\"utrecht-table__caption\" id=\"map-table-caption\">Stakeholders met hun invloed, belang en houding</caption>")
                .contains("<th scope=\"col\"").contains("<th scope=\"row\" class=\"utrecht-table__header-cell\">Directeur onderwijs</th>")
                .contains("Tevreden houden").contains("Instelling").contains("Kritisch");
        String toInvolve = page.substring(page.indexOf("id=\"to-involve-title\""));
        assertThat(toInvolve).contains("<li>Directeur onderwijs</li>");
        assertThat(page).contains("name=\"etag\" value=\"&quot;4&quot;\"").contains("id=\"stakeholders2.nameOrRole\"")
                .contains("name=\"action\" value=\"remove-2\"").contains("hx-post=\"/questions/" + QUESTION + "/map\"");
    }

    @Test
    void offersOneEmptyRowForAMapNeverSavedAndSavesItWithETagZero() throws Exception {
        question("participant1");
        savedMap(0, List.of(), List.of(), "{\"MANAGE_CLOSELY\":0,\"KEEP_SATISFIED\":0,\"KEEP_INFORMED\":0,\"MONITOR\":0}");

        String page = mvc.perform(get("/questions/" + QUESTION + "/map").with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Er staan nog geen stakeholders op je map.").doesNotContain("<svg")
                .contains("name=\"etag\" value=\"&quot;0&quot;\"").contains("id=\"stakeholders0.nameOrRole\"")
                .doesNotContain("id=\"stakeholders1.nameOrRole\"");
    }

    @Test
    void addsARowWithoutSaving() throws Exception {
        question("participant1");
        mapAtVersion4();

        String page = mvc.perform(mapPost("\"4\"", "add", "Teamleider"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("value=\"Teamleider\"").contains("id=\"stakeholders1.nameOrRole\"")
                .doesNotContain("id=\"stakeholders2.nameOrRole\"").contains("name=\"etag\" value=\"&quot;4&quot;\"")
                .doesNotContain("koers-error-summary").contains("<html");
        assertThat(puts()).isEmpty();
    }

    @Test
    void addsARowWithHtmxAsTheFormAloneWithFocusOnTheNewRow() throws Exception {
        String fragment = mvc.perform(mapPost("\"4\"", "add", "Teamleider").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).doesNotContain("<html").startsWith("<form").contains("id=\"map-form\"")
                .contains("id=\"stakeholder-1\" data-focus=\"true\"")
                .contains("data-announce=\"Stakeholder 2 is toegevoegd. Er is nog niets opgeslagen.\"")
                .contains("name=\"_csrf\"");
        assertThat(API.received()).isEmpty();
    }

    @Test
    void removesARowWithoutSaving() throws Exception {
        question("participant1");
        mapAtVersion4();

        String page = mvc.perform(mapPost("\"4\"", "remove-0", "Teamleider", "Docenten"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String form = page.substring(page.indexOf("id=\"map-form\""));
        assertThat(form).doesNotContain("value=\"Teamleider\"").contains("Stakeholder 1: Docenten")
                .doesNotContain("id=\"stakeholders1.nameOrRole\"");
        assertThat(puts()).isEmpty();
    }

    @Test
    void savesTheWholeMapWithTheETagItWasReadWith() throws Exception {
        API.json("PUT", MAP, 200, "{\"questionId\":\"" + QUESTION + "\",\"version\":5,\"stakeholders\":[],\"stillToInvolve\":[],\"quadrants\":{}}",
                Map.of("ETag", "\"5\""));

        Map<String, String> docenten = row("Docenten");
        docenten.put("toInvolve", "true");
        docenten.put("note", "Na de zomer");
        mvc.perform(mapPost("\"4\"", "save", row(" Teamleider "), docenten))
                .andExpect(redirectedUrl("/questions/" + QUESTION + "/map"));

        assertThat(puts()).singleElement().satisfies(put -> {
            assertThat(put.pathAndQuery()).isEqualTo(MAP);
            assertThat(put.ifMatch()).isEqualTo("\"4\"");
            assertThat(put.body()).isEqualTo("{\"stakeholders\":["
                    + "{\"nameOrRole\":\"Teamleider\",\"function\":null,\"level\":\"TEAM\",\"influence\":4,\"interest\":3,\"stance\":\"SUPPORTER\",\"toInvolve\":false,\"note\":null},"
                    + "{\"nameOrRole\":\"Docenten\",\"function\":null,\"level\":\"TEAM\",\"influence\":4,\"interest\":3,\"stance\":\"SUPPORTER\",\"toInvolve\":true,\"note\":\"Na de zomer\"}]}");
        });
    }

    @Test
    void showsTheNewerMapAndMyUnsavedRowsWhenTheMapWasSavedElsewhere() throws Exception {
        question("participant1");
        API.problem("PUT", MAP, 412, "stakeholder-map-version-mismatch",
                "The stakeholder map is at version 5 or later, not 4; fetch it again and apply your change to that.", null);
        savedMap(5, List.of(stakeholder("Bestuurder", "BOARD", 5, 2, "UNKNOWN", true, "KEEP_SATISFIED")),
                List.of("Bestuurder"), "{\"MANAGE_CLOSELY\":0,\"KEEP_SATISFIED\":1,\"KEEP_INFORMED\":0,\"MONITOR\":0}");

        String page = mvc.perform(mapPost("\"4\"", "save", "Teamleider", "Kwaliteitszorgmedewerker"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(puts()).singleElement().satisfies(put -> assertThat(put.ifMatch()).isEqualTo("\"4\""));
        assertThat(API.received()).anySatisfy(r -> assertThat(r.method() + " " + r.pathAndQuery()).isEqualTo("GET " + MAP));
        assertThat(page).contains("role=\"alert\"").contains("De stakeholdermap is intussen ergens anders opgeslagen.")
                .contains("Jouw wijzigingen zijn niet opgeslagen");
        // The map as it is now: in the grid, the table and the form, which now starts from the newer version.
        assertThat(page.substring(page.indexOf("<svg"), page.indexOf("</svg>"))).contains(">Bestuurder</text>");
        String form = page.substring(page.indexOf("id=\"map-form\""));
        assertThat(form).contains("name=\"etag\" value=\"&quot;5&quot;\"").contains("name=\"stakeholders[0].nameOrRole\" value=\"Bestuurder\"")
                .doesNotContain("id=\"stakeholders1.nameOrRole\"");
        // My own rows, not saved, to redo.
        String unsaved = form.substring(form.indexOf("Jouw versie, niet opgeslagen"));
        assertThat(unsaved).contains(">Teamleider</th>").contains(">Kwaliteitszorgmedewerker</th>")
                .contains("name=\"unsaved[0].nameOrRole\" value=\"Teamleider\"").contains("name=\"action\" value=\"adopt-1\"");
    }

    @Test
    void takesAnUnsavedRowOverIntoTheNewerMapWithoutSaving() throws Exception {
        question("participant1");
        mapAtVersion4();

        String page = mvc.perform(mapPost("\"5\"", "adopt-0", "Bestuurder")
                        .param("unsaved[0].nameOrRole", "Teamleider").param("unsaved[0].level", "TEAM")
                        .param("unsaved[0].influence", "5").param("unsaved[0].interest", "5").param("unsaved[0].stance", "SUPPORTER")
                        .param("unsaved[0].toInvolve", "false").param("unsaved[1].nameOrRole", "Docenten").param("unsaved[1].level", "TEAM")
                        .param("unsaved[1].influence", "2").param("unsaved[1].interest", "4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String form = page.substring(page.indexOf("id=\"map-form\""));
        assertThat(form).contains("name=\"stakeholders[0].nameOrRole\" value=\"Bestuurder\"").contains("name=\"stakeholders[1].nameOrRole\" value=\"Teamleider\"")
                .contains("name=\"unsaved[0].nameOrRole\" value=\"Docenten\"").doesNotContain("name=\"unsaved[1].nameOrRole\"")
                .contains("name=\"etag\" value=\"&quot;5&quot;\"");
        assertThat(puts()).isEmpty();
    }

    @Test
    void saysInDutchBesideTheFieldsWhatToFixBeforeSaving() throws Exception {
        question("participant1");
        mapAtVersion4();

        Map<String, String> tooMuch = row("Docenten");
        tooMuch.put("influence", "7");
        String page = mvc.perform(mapPost("\"4\"", "save", row(""), tooMuch))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Fout: Stakeholdermap").contains("koers-error-summary")
                .contains("href=\"#stakeholders0.nameOrRole\"").contains("href=\"#stakeholders1.influence\"");
        assertThat(page.substring(page.indexOf("id=\"stakeholders0.nameOrRole-error\""))).startsWith("id=\"stakeholders0.nameOrRole-error\"")
                .contains("Vul dit veld in.");
        String influence = page.substring(page.indexOf("id=\"stakeholders1.influence-error\""));
        assertThat(influence.substring(0, 200)).contains("Kies een waarde van 1 tot en met 5.");
        assertThat(page).contains("aria-invalid=\"true\"");
        assertThat(puts()).isEmpty();
    }

    @Test
    void putsTheApisFieldErrorsBesideTheRowTheyNamed() throws Exception {
        question("participant1");
        mapAtVersion4();
        API.problem("PUT", MAP, 400, "invalid-request", "stakeholders[0].level: must not be null",
                "[{\"field\":\"stakeholders[0].level\",\"message\":\"must not be null\"}]");

        String page = mvc.perform(mapPost("\"4\"", "save", "Teamleider"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"stakeholders0.level-error\"").contains("must not be null");
    }

    @Test
    void showsAnotherParticipantsSharedMapWithoutTheForm() throws Exception {
        question("participant2");
        mapAtVersion4();

        String page = mvc.perform(get("/questions/" + QUESTION + "/map").with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Dit is de stakeholdermap van een andere deelnemer.").contains("<svg")
                .doesNotContain("id=\"map-form\"");
    }

    @Test
    void showsTheMapOfAQuestionIMayNotReadAsNotFound() throws Exception {
        API.problem("GET", "/api/development-questions/" + QUESTION, 404, "development-question-not-found", "No question", null);

        mvc.perform(get("/questions/" + QUESTION + "/map").with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isNotFound());
    }

    @Test
    void removesARowWithHtmxAndPutsFocusOnTheAddButton() throws Exception {
        String fragment = mvc.perform(mapPost("\"4\"", "remove-1", "Teamleider", "Docenten").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).startsWith("<form").contains("value=\"Teamleider\"").doesNotContain("value=\"Docenten\"")
                .containsPattern("value=\"add\"[^>]*data-focus=\"true\"")
                .contains("data-announce=\"De stakeholder is verwijderd. Sla de map op om dat te bewaren.\"");
        assertThat(API.received()).isEmpty();
    }

    @Test
    void keepsWhatIEnteredWhenTheServiceDoesNotAnswerTheSave() throws Exception {
        API.problem("PUT", MAP, 503, "service-unavailable", "trajectory-service is not answering", null);
        API.problem("GET", "/api/development-questions/" + QUESTION, 503, "service-unavailable", "away", null);
        API.problem("GET", MAP, 503, "service-unavailable", "away", null);

        String page = mvc.perform(mapPost("\"4\"", "save", "Teamleider", "Docenten"))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("koers-error-summary").contains("Er is niets verloren gegaan")
                .contains("name=\"stakeholders[0].nameOrRole\" value=\"Teamleider\"").contains("name=\"stakeholders[1].nameOrRole\" value=\"Docenten\"")
                .contains("name=\"etag\" value=\"&quot;4&quot;\"").contains("Dit deel is even niet beschikbaar");
    }

    @Test
    void saysInDutchWhenAScoreIsNotANumber() throws Exception {
        question("participant1");
        mapAtVersion4();
        Map<String, String> notANumber = row("Docenten");
        notANumber.put("interest", "veel");

        String page = mvc.perform(mapPost("\"4\"", "save", notANumber))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        String interest = page.substring(page.indexOf("id=\"stakeholders0.interest-error\""));
        assertThat(interest.substring(0, 200)).contains("Kies een waarde van 1 tot en met 5.");
        assertThat(puts()).isEmpty();
    }
}
