package nl.koers.web.facilitation;

import static nl.koers.web.facilitation.FacilitationPagesTest.COHORT;
import static nl.koers.web.facilitation.FacilitationPagesTest.SESSION_1;
import static nl.koers.web.facilitation.FacilitationPagesTest.TRAJECTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koers.web.ApiStandIn.Received;
import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** A session's attendance sheet: pre-filled, saved with If-Match, the rates after saving, and a conflict. */
class AttendanceSheetPageTest extends PageTest {

    private static final String SHEET = "/facilitation/sessions/" + SESSION_1 + "/attendance";

    private static void session() {
        FacilitationPagesTest.cohortAndTrajectory();
        API.json("GET", "/api/sessions/" + SESSION_1, 200, """
                {"id":"%s","cohortId":"%s","trajectoryId":"%s","sequence":1,"title":"Ontwikkelvragen verdiepen","theme":"Interviews",
                 "startsAt":"2027-01-15T12:30:00Z","endsAt":"2027-01-15T16:30:00Z","place":"Utrecht","onlineLink":null,
                 "agenda":[],"agendaMinutes":0,"status":"SCHEDULED","version":7}""".formatted(SESSION_1, COHORT, TRAJECTORY),
                java.util.Map.of("ETag", "\"7\""));
        // Who is on the sheet: the confirmed participants and those who completed the cohort, asked of the API by status.
        API.json("GET", "/api/cohorts/" + COHORT + "/participants?status=CONFIRMED&size=100&page=0", 200, """
                {"items":[{"participantId":"participant1","displayName":"An de Vries","institution":"ROC Midden Nederland","status":"CONFIRMED"},
                          {"participantId":"participant2","displayName":"Bram Jansen","institution":"Albeda","status":"CONFIRMED"}],
                 "page":0,"size":100,"totalItems":2,"totalPages":1}""");
        API.json("GET", "/api/cohorts/" + COHORT + "/participants?status=COMPLETED&size=100&page=0", 200, """
                {"items":[{"participantId":"participant3","displayName":"Chantal Bakker","institution":"Da Vinci College","status":"COMPLETED"}],
                 "page":0,"size":100,"totalItems":1,"totalPages":1}""");
    }

    /** The attendance as recorded at session version {@code version}. */
    private static void recorded(int version, String marks, int present, int excused, int absent, int unmarked, String rate) {
        API.json("GET", "/api/sessions/" + SESSION_1 + "/attendance", 200, """
                {"sessionId":"%s","sequence":1,"sessionVersion":%d,"recordedAt":"2027-01-15T16:40:00Z","recordedBy":"facilitator",
                 "marks":[%s],"present":%d,"excused":%d,"absent":%d,"unmarked":%d,"rate":%s}"""
                .formatted(SESSION_1, version, marks, present, excused, absent, unmarked, rate));
    }

    @Test
    void showsOneFieldsetPerConfirmedParticipantPrefilledWithTheRecordedMarks() throws Exception {
        session();
        recorded(7, "{\"participantId\":\"participant1\",\"status\":\"PRESENT\"},{\"participantId\":\"participant2\",\"status\":\"EXCUSED\"}",
                1, 1, 0, 1, "0.5");

        String page = mvc.perform(get(SHEET).with(as("facilitator", "facilitator")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Aanwezigheid: bijeenkomst 1</h1>")
                .contains("<input type=\"hidden\" name=\"version\" value=\"7\">");
        assertThat(page.split("<fieldset", -1)).hasSize(4);
        assertThat(page).contains("<span>An de Vries</span>").contains("<span>Bram Jansen</span>").contains("<span>Chantal Bakker</span>")
                .contains("<label class=\"utrecht-form-label utrecht-form-label--radio\" for=\"mark-0-present\">Aanwezig</label>")
                .contains("for=\"mark-0-excused\">Afgemeld</label>").contains("for=\"mark-0-absent\">Afwezig</label>");
        assertThat(radio(page, "mark-0-present")).contains("name=\"mark:participant1\"").contains("checked");
        assertThat(radio(page, "mark-0-excused")).doesNotContain("checked");
        assertThat(radio(page, "mark-1-excused")).contains("name=\"mark:participant2\"").contains("checked");
        assertThat(radio(page, "mark-2-present")).doesNotContain("checked");
        assertThat(radio(page, "mark-2-excused")).doesNotContain("checked");
        assertThat(radio(page, "mark-2-absent")).doesNotContain("checked");
        assertThat(page).contains("1 nog niet ingevuld").contains("Aanwezig: 50%");
    }

    @Test
    void savesTheMarksWholeWithTheVersionTheSheetWasReadAtAndShowsTheRatesAfterwards() throws Exception {
        session();
        API.json("PUT", "/api/sessions/" + SESSION_1 + "/attendance", 200, """
                {"sessionId":"%s","sequence":1,"sessionVersion":8,"recordedAt":"2027-01-15T16:45:00Z","recordedBy":"facilitator",
                 "marks":[],"present":2,"excused":0,"absent":1,"unmarked":0,"rate":0.6666666666666666}""".formatted(SESSION_1),
                java.util.Map.of("ETag", "\"8\""));

        MvcResult saved = mvc.perform(post(SHEET).with(as("facilitator", "facilitator")).with(csrf())
                        .param("version", "7").param("mark:participant1", "PRESENT").param("mark:participant2", "ABSENT")
                        .param("mark:participant3", "PRESENT"))
                .andExpect(redirectedUrl(SHEET)).andReturn();

        Received put = API.received().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
        assertThat(put.pathAndQuery()).isEqualTo("/api/sessions/" + SESSION_1 + "/attendance");
        assertThat(put.ifMatch()).isEqualTo("\"7\"");
        assertThat(put.body()).isEqualTo("{\"marks\":[{\"participantId\":\"participant1\",\"status\":\"PRESENT\"},"
                + "{\"participantId\":\"participant2\",\"status\":\"ABSENT\"},{\"participantId\":\"participant3\",\"status\":\"PRESENT\"}]}");

        // After the redirect the sheet shows what is now recorded, with the counts and the rate.
        recorded(8, "{\"participantId\":\"participant1\",\"status\":\"PRESENT\"},{\"participantId\":\"participant2\",\"status\":\"ABSENT\"},"
                + "{\"participantId\":\"participant3\",\"status\":\"PRESENT\"}", 2, 0, 1, 0, "0.6666666666666666");
        String page = mvc.perform(get(SHEET).with(as("facilitator", "facilitator")).header("Accept-Language", "nl")
                        .flashAttrs(saved.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("De aanwezigheid is opgeslagen.").contains("Aanwezig: 67%")
                .contains("<li>2 aanwezig</li>").contains("<li>0 afgemeld</li>").contains("<li>1 afwezig</li>")
                .contains("name=\"version\" value=\"8\"");
        assertThat(radio(page, "mark-1-absent")).contains("checked");
    }

    @Test
    void showsTheSheetAsItNowStandsWhenSomeoneElseSavedInTheMeantime() throws Exception {
        session();
        API.problem("PUT", "/api/sessions/" + SESSION_1 + "/attendance", 412, "session-version-mismatch",
                "The session is at version 9, not 7; fetch it again.", null);
        recorded(9, "{\"participantId\":\"participant1\",\"status\":\"ABSENT\"}", 0, 0, 1, 2, "0.0");

        String page = mvc.perform(post(SHEET).with(as("facilitator", "facilitator")).with(csrf()).header("Accept-Language", "nl")
                        .param("version", "7").param("mark:participant1", "PRESENT"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Iemand anders heeft de aanwezigheid van deze bijeenkomst opgeslagen")
                .contains("<title>Fout: Aanwezigheid: bijeenkomst 1")
                .contains("name=\"version\" value=\"9\"").contains("Aanwezig: 0%");
        assertThat(radio(page, "mark-0-absent")).contains("checked");
        assertThat(radio(page, "mark-0-present")).doesNotContain("checked");
    }

    @Test
    void saysWhyTheApiRefusedAndKeepsMyChoices() throws Exception {
        session();
        API.problem("PUT", "/api/sessions/" + SESSION_1 + "/attendance", 400, "invalid-attendance",
                "Participant participant2 is not a confirmed participant of this cohort.", null);
        recorded(7, "", 0, 0, 0, 3, "null");

        String page = mvc.perform(post(SHEET).with(as("facilitator", "facilitator")).with(csrf()).header("Accept-Language", "nl")
                        .param("version", "7").param("mark:participant2", "EXCUSED"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("de deelnemerslijst van deze groep is intussen veranderd").contains("name=\"version\" value=\"7\"");
        assertThat(radio(page, "mark-1-excused")).contains("checked");
    }

    @Test
    void answersNotFoundForASessionTheApiHidesFromMe() throws Exception {
        String other = "50000000-0000-0000-0000-000000000099";
        API.problem("GET", "/api/sessions/" + other + "/attendance", 404, "session-not-found", "There is no session " + other, null);
        API.problem("GET", "/api/sessions/" + other, 404, "session-not-found", "There is no session " + other, null);

        String page = mvc.perform(get("/facilitation/sessions/" + other + "/attendance").with(as("facilitator", "facilitator"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Niet gevonden").doesNotContain("<fieldset");
    }

    @Test
    void refusesASaveWithoutTheCsrfToken() throws Exception {
        mvc.perform(post(SHEET).with(as("facilitator", "facilitator")).param("version", "7").param("mark:participant1", "PRESENT"))
                .andExpect(status().isForbidden());
        assertThat(API.received()).noneSatisfy(r -> assertThat(r.method()).isEqualTo("PUT"));
    }

    /** The radio button with this id, as one tag. */
    private static String radio(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as(id).isPositive();
        return page.substring(page.lastIndexOf("<input", at), page.indexOf(">", at) + 1);
    }
}
