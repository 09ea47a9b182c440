package nl.koers.web.organise;

import static nl.koers.web.organise.OrganiseFixtures.COHORT;
import static nl.koers.web.organise.OrganiseFixtures.SESSION_1;
import static nl.koers.web.organise.OrganiseFixtures.SESSION_2;
import static nl.koers.web.organise.OrganiseFixtures.enrolment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;

/** A cohort's attendance per session and per participant, and the attendance sheet as an organiser uses it. */
class AttendanceOverviewPageTest extends PageTest {

    private static void attendance() {
        OrganiseFixtures.cohort(API, "OPEN", 2);
        OrganiseFixtures.trajectory(API, 1);
        OrganiseFixtures.sessions(API);
        API.json("GET", "/api/sessions/" + SESSION_1 + "/attendance", 200, """
                {"sessionId":"%s","sequence":1,"sessionVersion":3,"recordedAt":"2027-02-15T16:40:00Z","recordedBy":"facilitator",
                 "marks":[{"participantId":"participant48","status":"PRESENT"},{"participantId":"participant49","status":"ABSENT"}],
                 "present":1,"excused":0,"absent":1,"unmarked":4,"rate":0.5}""".formatted(SESSION_1));
        API.json("GET", "/api/sessions/" + SESSION_2 + "/attendance", 200, """
                {"sessionId":"%s","sequence":2,"sessionVersion":2,"recordedAt":null,"marks":[],"present":0,"excused":0,"absent":0,
                 "unmarked":null,"rate":null}""".formatted(SESSION_2));
        API.json("GET", "/api/cohorts/" + COHORT + "/attendance", 200, """
                {"items":[{"participantId":"participant48","present":1,"excused":0,"absent":0,"marked":1,"rate":1.0},
                          {"participantId":"participant49","present":0,"excused":0,"absent":1,"marked":1,"rate":0.0}],
                 "page":0,"size":100,"totalItems":2,"totalPages":1}""");
    }

    @Test
    void showsAttendancePerSessionAndPerParticipantWithNamesFromTheRoster() throws Exception {
        attendance();
        API.json("GET", "/api/enrolments", 200, OrganiseFixtures.page(0, 1, 2,
                enrolment("participant48", "Daan Visser", "CONFIRMED", null), enrolment("participant49", "Eva de Boer", "CONFIRMED", null)));

        String page = mvc.perform(get("/organise/cohorts/" + COHORT + "/attendance").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Aanwezigheid in Groep Utrecht voorjaar 2027")
                .contains("Aanwezigheid per bijeenkomst van Groep Utrecht voorjaar 2027").contains("50%")
                .contains("href=\"/facilitation/sessions/" + SESSION_1 + "/attendance\"")
                .doesNotContain("href=\"/facilitation/sessions/" + SESSION_2 + "/attendance\"").contains("Gaat niet door")
                .contains("<th scope=\"row\" class=\"utrecht-table__header-cell\">Daan Visser</th>")
                .contains("<th scope=\"row\" class=\"utrecht-table__header-cell\">Eva de Boer</th>").contains("100%").contains("0%")
                .doesNotContain("motivatie");
    }

    @Test
    void saysNamesAreMissingWhenEnrolmentServiceIsAway() throws Exception {
        attendance();
        API.problem("GET", "/api/enrolments", 503, "service-unavailable", "away", null);

        String page = mvc.perform(get("/organise/cohorts/" + COHORT + "/attendance").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("De namen van de deelnemers zijn even niet te zien").contains("een deelnemer");
    }

    @Test
    void letsAnOrganiserUseTheAttendanceSheetAndLeadsBackToTheOrganisersCohortPage() throws Exception {
        API.json("GET", "/api/sessions/" + SESSION_1, 200, OrganiseFixtures.sessionJson(SESSION_1, 1, "SCHEDULED", 3));
        API.json("GET", "/api/sessions/" + SESSION_1 + "/attendance", 200, """
                {"sessionId":"%s","sequence":1,"sessionVersion":3,"recordedAt":null,"marks":[],"present":0,"excused":0,"absent":0,
                 "unmarked":null,"rate":null}""".formatted(SESSION_1));
        OrganiseFixtures.cohort(API, "OPEN", 2);
        OrganiseFixtures.trajectory(API, 1);
        API.json("GET", "/api/cohorts/" + COHORT + "/participants?status=CONFIRMED&size=100&page=0", 200, """
                {"items":[{"participantId":"participant48","displayName":"Daan Visser","institution":"Albeda","status":"CONFIRMED"}],
                 "page":0,"size":100,"totalItems":1,"totalPages":1}""");
        API.json("GET", "/api/cohorts/" + COHORT + "/participants?status=COMPLETED&size=100&page=0", 200, OrganiseFixtures.EMPTY_PAGE);

        String page = mvc.perform(get("/facilitation/sessions/" + SESSION_1 + "/attendance").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Aanwezigheid: bijeenkomst 1").contains("<span>Daan Visser</span>")
                .contains("href=\"/organise/cohorts/" + COHORT + "\"").doesNotContain("href=\"/facilitation/cohorts/");
    }
}
