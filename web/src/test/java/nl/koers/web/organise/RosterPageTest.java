package nl.koers.web.organise;

import static nl.koers.web.organise.OrganiseFixtures.COHORT;
import static nl.koers.web.organise.OrganiseFixtures.enrolment;
import static nl.koers.web.organise.OrganiseFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** A cohort's roster: the waitlist in order with positions, a status filter, pages, and the CSV for Excel. */
class RosterPageTest extends PageTest {

    private static final String ROSTER = "/organise/cohorts/" + COHORT + "/roster";

    private static void cohortAndSeats() {
        OrganiseFixtures.cohort(API, "OPEN", 3);
        OrganiseFixtures.trajectory(API, 1);
        OrganiseFixtures.seats(API, 6, 1);
    }

    @Test
    void showsEveryoneInTheOrderTheyEnrolledWithTheirPlaceOnTheWaitlistButNeverTheirMotivation() throws Exception {
        cohortAndSeats();
        API.json("GET", "/api/enrolments?cohortId=" + COHORT + "&page=0&size=25", 200, page(0, 1, 3,
                enrolment("participant47", "An de Vries", "WITHDRAWN", null),
                enrolment("participant53", "Bram Jansen", "CONFIRMED", null),
                enrolment("participant54", "Chantal Bakker", "WAITLISTED", 1)));

        String page = mvc.perform(get(ROSTER).with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Deelnemers van Groep Utrecht voorjaar 2027</h1>")
                .contains("6 van de 6 plaatsen bevestigd, 1 op de wachtlijst.")
                .contains("<caption class=\"utrecht-table__caption\">Deelnemers van Groep Utrecht voorjaar 2027, in volgorde van inschrijven</caption>")
                .contains("<th scope=\"row\" class=\"utrecht-table__header-cell\">Chantal Bakker</th>")
                .contains("Uitgeschreven").contains("Bevestigd").contains("Op de wachtlijst")
                .contains("href=\"/organise/cohorts/" + COHORT + "/roster.csv\"")
                .doesNotContain("geheime motivatie").doesNotContain("motivation");
        String waitlisted = page.substring(page.indexOf("data-participant=\"participant54\""));
        assertThat(waitlisted.substring(0, waitlisted.indexOf("</tr>"))).contains("<td class=\"utrecht-table__cell\">1</td>");
    }

    @Test
    void filtersByStatusAndPagesKeepingTheFilter() throws Exception {
        cohortAndSeats();
        API.json("GET", "/api/enrolments?cohortId=" + COHORT + "&status=WAITLISTED&page=1&size=25", 200, """
                {"items":[%s],"page":1,"size":25,"totalItems":30,"totalPages":2}"""
                .formatted(enrolment("participant54", "Chantal Bakker", "WAITLISTED", 26)));

        String page = mvc.perform(get(ROSTER + "?status=WAITLISTED&page=1").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // Switching language keeps the filter and the page.
        assertThat(page).contains("href=\"" + ROSTER + "?status=WAITLISTED&amp;page=1&amp;lang=en\"");
        assertThat(page).contains("<option value=\"WAITLISTED\" selected=\"selected\">Op de wachtlijst</option>")
                .contains("met de status Op de wachtlijst").contains("Pagina 2 van 2")
                .contains("href=\"" + ROSTER + "?status=WAITLISTED\"")
                .contains("href=\"/organise/cohorts/" + COHORT + "/roster.csv?status=WAITLISTED\"");
    }

    @Test
    void ignoresAStatusThatDoesNotExist() throws Exception {
        cohortAndSeats();
        API.json("GET", "/api/enrolments?cohortId=" + COHORT + "&page=0&size=25", 200, OrganiseFixtures.EMPTY_PAGE);

        String page = mvc.perform(get(ROSTER + "?status=DROP%20TABLE").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Er heeft zich nog niemand ingeschreven voor deze groep.");
    }

    @Test
    void showsAnEmptyRosterWhileEnrolmentServiceHasNotHeardOfTheCohort() throws Exception {
        OrganiseFixtures.cohort(API, "PLANNED", 1);
        OrganiseFixtures.trajectory(API, 1);
        API.json("GET", "/api/enrolments/seats", 200, OrganiseFixtures.EMPTY_PAGE);
        API.problem("GET", "/api/enrolments", 404, "cohort-not-found", "not heard of", null);

        String page = mvc.perform(get(ROSTER).with(as("organiser", "organiser")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Er heeft zich nog niemand ingeschreven voor deze groep.");
    }

    @Test
    void exportsTheWholeRosterAsCsvThatDutchExcelOpens() throws Exception {
        OrganiseFixtures.cohort(API, "OPEN", 3);
        // Two pages of 100: the file holds both.
        API.json("GET", "/api/enrolments?cohortId=" + COHORT + "&size=100&page=0", 200, page(0, 2, 2,
                enrolment("participant47", "An de Vries; teamleider", "CONFIRMED", null)));
        API.json("GET", "/api/enrolments?cohortId=" + COHORT + "&size=100&page=1", 200, page(1, 2, 2,
                enrolment("participant54", "=HYPERLINK(\\\"http://evil\\\")", "WAITLISTED", 1)));

        MockHttpServletResponse response = mvc.perform(get(ROSTER + ".csv").with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"deelnemers-groep-utrecht-voorjaar-2027.csv\"");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).containsExactly(
                "Naam;Instelling;Gebruikersnaam;Status;Plaats op de wachtlijst;Ingeschreven op;Laatst gewijzigd",
                "\"An de Vries; teamleider\";ROC Midden Nederland;participant47;Bevestigd;;2026-11-02 10:15;2026-11-03 11:00",
                "\"'=HYPERLINK(\"\"http://evil\"\")\";ROC Midden Nederland;participant54;Op de wachtlijst;1;2026-11-02 10:15;2026-11-03 11:00");
        assertThat(csv).doesNotContain("motivatie");
    }

    @Test
    void namesTheCsvInTheReadersLanguage() throws Exception {
        OrganiseFixtures.cohort(API, "OPEN", 3);
        API.json("GET", "/api/enrolments?cohortId=" + COHORT + "&status=CONFIRMED&size=100&page=0", 200, OrganiseFixtures.EMPTY_PAGE);

        MockHttpServletResponse response = mvc.perform(get(ROSTER + ".csv?status=CONFIRMED").with(as("organiser", "organiser"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"roster-groep-utrecht-voorjaar-2027.csv\"");
        assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8))
                .startsWith("\uFEFFName;Institution;User name;Status;Place on the waitlist;Enrolled on;Last changed");
    }

    @Test
    void answersNotFoundForTheCsvOfACohortThatDoesNotExist() throws Exception {
        API.problem("GET", "/api/cohorts/" + OrganiseFixtures.MISSING, 404, "cohort-not-found", "none", null);

        mvc.perform(get("/organise/cohorts/" + OrganiseFixtures.MISSING + "/roster.csv").with(as("organiser", "organiser")))
                .andExpect(status().isNotFound());
    }
}
