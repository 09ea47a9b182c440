package nl.koers.web.report;

import static nl.koers.web.report.ReportFixtures.COALITION;
import static nl.koers.web.report.ReportFixtures.COHORT;
import static nl.koers.web.report.ReportFixtures.RUNNING_COHORT;
import static nl.koers.web.report.ReportFixtures.TRAJECTORY;
import static nl.koers.web.report.ReportFixtures.UNLISTED_TRAJECTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.web.ApiStandIn.Received;
import nl.koers.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/**
 * The report pages against JSON as trajectory-service and reflection-service answer it: a coalition member's
 * coalition report for a school year or a period, with small groups as "&lt; 5" and never as 0, every chart with its
 * table; an organiser's trajectory and cohort reports; a period the form refuses; a report that is not the reader's.
 */
class ReportPagesTest extends PageTest {

    private static final String PAGE = "/reports/coalitions/" + COALITION;
    private static final String REPORT_API = "/api/reports/coalitions/" + COALITION;

    @Autowired
    private ClientRegistrationRepository registrations;

    /** The demo coalition user, whose ID token names the coalitions they report for. */
    OidcLoginRequestPostProcessor coalitionMember() {
        return oidcLogin().clientRegistration(registrations.findByRegistrationId("koers"))
                .idToken(token -> token.subject("coalition").claims(claims -> claims.putAll(Map.of(
                        "name", "Coalitie Teams aan zet", "roles", List.of("coalition"), "coalitions", List.of(COALITION)))))
                .authorities(new SimpleGrantedAuthority("ROLE_coalition"));
    }

    private static Period currentSchoolYear() {
        return Period.schoolYearOf(LocalDate.now(nl.koers.web.i18n.Formats.AMSTERDAM));
    }

    private String read(String path, String language, int status) throws Exception {
        return mvc.perform(get(path).with(coalitionMember()).header("Accept-Language", language))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void opensWithTheCurrentSchoolYearAndAsksTheApiForExactlyThatPeriod() throws Exception {
        Period year = currentSchoolYear();
        API.json("GET", REPORT_API, 200, ReportFixtures.coalitionReport(year.from().toString(), year.to().toString()));
        ReportFixtures.coalitionTrajectories(API);

        String page = read(PAGE, "nl", 200);

        Received asked = API.received().stream().filter(r -> r.pathAndQuery().startsWith(REPORT_API)).findFirst().orElseThrow();
        assertThat(asked.pathAndQuery()).isEqualTo(REPORT_API + "?from=" + year.from() + "&to=" + year.to());
        assertThat(API.received()).anySatisfy(r -> assertThat(r.pathAndQuery()).startsWith("/api/trajectories?coalition=teams-aan-zet"));
        int start = year.from().getYear();
        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Coalitie teams-aan-zet</h1>")
                .contains("<title>Coalitie teams-aan-zet – Rapportage – Koers</title>")
                .contains("Schooljaar " + start + "-" + (start + 1) + ": de groepen die starten van 1 augustus " + start
                        + " tot en met 31 juli " + (start + 1) + ".")
                .contains("<option value=\"" + start + "\" selected=\"selected\">" + start + "–" + (start + 1) + "</option>")
                .contains("href=\"/reports/coalitions/teams-aan-zet.csv?year=" + start + "\"")
                .contains("href=\"/reports/coalitions/teams-aan-zet.pdf?year=" + start + "\"")
                .contains("Je ziet deze rapportage als lid van een coalitie: alleen totalen")
                .contains("<details class=\"koers-report-own-period\">");
    }

    @Test
    void showsSmallGroupsAsFewerThanFiveWithTheReasonAndNeverAsZero() throws Exception {
        API.json("GET", REPORT_API, 200, ReportFixtures.coalitionReport("2026-08-01", "2027-07-31"));
        ReportFixtures.coalitionTrajectories(API);

        String page = read(PAGE + "?year=2026", "nl", 200);

        // Waitlisted and withdrawn are suppressed: their rows read "< 5", in the table and on the bar.
        assertThat(row(page, "Op de wachtlijst")).contains("koers-report-suppressed\">&lt; 5</td>").doesNotContain(">0<");
        assertThat(row(page, "Afgemeld")).contains(">&lt; 5</td>");
        assertThat(row(page, "Bevestigd (nog bezig)")).contains(">6</td>");
        assertThat(row(page, "Casussen geanalyseerd")).contains(">&lt; 5</td>");
        assertThat(row(page, "Bijeenkomst 3")).contains(">&lt; 5</td>");
        assertThat(row(page, "overig")).contains(">&lt; 5</td>");
        assertThat(page).doesNotContain(">0</td>").doesNotContain(">0%</td>")
                .contains("&lt; 5 betekent: minder dan 5 mensen. Zo klein tonen we een groep niet, zodat niemand erin herkenbaar is.");
        // In the chart: a hatched bar, labelled "< 5".
        String status = chart(page, "chart-status");
        assertThat(status).contains("fill=\"url(#chart-status-hatch)\"").contains("<pattern id=\"chart-status-hatch\"")
                .contains(">&lt; 5</text>")
                .contains("<desc id=\"chart-status-desc\">Bevestigd (nog bezig): 6; Op de wachtlijst: &lt; 5; Afgemeld: &lt; 5; Afgerond: 15</desc>");
    }

    @Test
    void drawsEveryBreakdownAsAChartWithTheSameFiguresInATableBesideIt() throws Exception {
        API.json("GET", REPORT_API, 200, ReportFixtures.coalitionReport("2026-08-01", "2027-07-31"));
        ReportFixtures.coalitionTrajectories(API);

        String page = read(PAGE + "?year=2026", "nl", 200);

        for (String chart : List.of("chart-status", "chart-sector", "chart-institution", "chart-completion", "chart-attendance",
                "chart-evaluation")) {
            String part = chart(page, chart);
            assertThat(part).as(chart).contains("role=\"img\"").contains("aria-labelledby=\"" + chart + "-title " + chart + "-desc\"")
                    .contains("<caption class=\"utrecht-table__caption\" id=\"" + chart + "-caption\">Tabel: ")
                    .contains("<th scope=\"col\"").contains("<th scope=\"row\"").doesNotContain("style=");
        }
        assertThat(chart(page, "chart-sector")).contains("Middelbaar beroepsonderwijs (mbo)").contains(">18</td>");
        assertThat(chart(page, "chart-institution")).contains("ROC Midden Nederland").contains(">9</td>");
        assertThat(chart(page, "chart-attendance")).contains("Bijeenkomst 1").contains(">90%</td>");
        // Item labels from the trajectories' evaluation items; a key no trajectory labels shows as it is.
        assertThat(chart(page, "chart-evaluation")).contains("Relevantie voor mijn eigen ontwikkelvraag").contains(">4,5</td>")
                .contains("Het traject als geheel").contains(">4,21</td>").contains(">zelfgemaakt<");
        // Per trajectory: titles from the list, links to each report; only this coalition's trajectories.
        String completion = chart(page, "chart-completion");
        assertThat(completion).contains("<a class=\"utrecht-link\" href=\"/reports/trajectories/" + TRAJECTORY
                        + "\">Onderwijskundig leiderschap in het mbo</a>").contains(">83%</td>")
                .contains(">Data en uitval</a>").contains("Traject 7abcdef0").contains("/reports/trajectories/" + UNLISTED_TRAJECTORY)
                .contains(">90%</td>").doesNotContain("Niet van deze coalitie");
        assertThat(row(page, "Afrondingspercentage (EQAVET-indicator 4)")).contains(">79%</td>");
        assertThat(page).contains("Wat de cijfers betekenen").contains("gedeeld door het aantal ingeschreven deelnemers met plaats");
    }

    @Test
    void takesAPeriodOfItsOwnFromTheAddressAndCompletesASingleDateToItsSchoolYear() throws Exception {
        API.json("GET", REPORT_API, 200, ReportFixtures.coalitionReport("2026-09-01", "2027-07-31"));
        ReportFixtures.coalitionTrajectories(API);

        String page = read(PAGE + "?from=2026-09-01", "en", 200);

        assertThat(API.received()).anySatisfy(r -> assertThat(r.pathAndQuery()).isEqualTo(REPORT_API + "?from=2026-09-01&to=2027-07-31"));
        assertThat(page).contains("The cohorts that start from 1 September 2026 to 31 July 2027 inclusive.")
                .contains("value=\"2026-09-01\"").contains("value=\"2027-07-31\"")
                .contains("<details class=\"koers-report-own-period\" open=\"open\">")
                .contains("href=\"/reports/coalitions/teams-aan-zet.pdf?from=2026-09-01&amp;to=2027-07-31\"")
                .contains("<h1 class=\"utrecht-heading-1\">Coalition teams-aan-zet</h1>").contains("Participation by status");
    }

    @Test
    void saysBesideTheFieldWhatIsWrongWithADateAndAsksTheApiNothing() throws Exception {
        String page = read(PAGE + "?from=2026-13-01&to=2027-01-01", "nl", 400);

        assertThat(API.received()).noneSatisfy(r -> assertThat(r.pathAndQuery()).startsWith("/api/reports"));
        assertThat(page).contains("<title>Fout: Coalitie teams-aan-zet – Rapportage – Koers</title>")
                .contains("id=\"from-error\"").contains("Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-08-01.")
                .contains("aria-describedby=\"from-error\"").contains("aria-invalid=\"true\"")
                .contains("href=\"#from\"").contains("open=\"open\"").doesNotContain("Niet gevonden").doesNotContain("chart-status");
    }

    @Test
    void refusesAnEndBeforeTheStartAPeriodOfTenYearsAndAYearThatIsNone() throws Exception {
        assertThat(read(PAGE + "?from=2027-01-01&to=2026-12-31", "nl", 400)).contains("id=\"to-error\"")
                .contains("De einddatum ligt voor de begindatum.");
        assertThat(read(PAGE + "?from=2020-08-01&to=2030-08-01", "en", 400)).contains("A report covers less than 10 years.");
        assertThat(read(PAGE + "?year=twintig", "nl", 400)).contains("id=\"year-error\"")
                .contains("Kies een schooljaar dat begint tussen 2000 en 2099.");
        assertThat(read(PAGE + "?from=1999-12-31", "nl", 400)).contains("Kies een datum van 2000 tot en met 2100.");
        assertThat(API.received()).noneSatisfy(r -> assertThat(r.pathAndQuery()).startsWith("/api/reports"));
    }

    @Test
    void putsTheApisRefusalOfAPeriodAboveTheForm() throws Exception {
        API.problem("GET", REPORT_API, 422, "invalid-period", "A report covers at most 10 years", null);
        ReportFixtures.coalitionTrajectories(API);

        String page = read(PAGE + "?year=2026", "nl", 400);

        assertThat(page).contains("Voor deze periode kan Koers geen rapportage maken.").contains("class=\"koers-error-summary\"")
                .doesNotContain("chart-status");
    }

    @Test
    void answersNotFoundForACoalitionThatIsNotTheReaders() throws Exception {
        API.problem("GET", "/api/reports/coalitions/some-other", 404, "report-not-found",
                "There is no coalition report some-other for you", null);
        API.json("GET", "/api/trajectories", 200, "{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}");

        String page = read("/reports/coalitions/some-other", "nl", 404);

        assertThat(page).contains("Niet gevonden").doesNotContain("chart-status").doesNotContain("Kerncijfers");
    }

    @Test
    void saysSoWhenTheReportsServiceIsAway() throws Exception {
        API.problem("GET", REPORT_API, 503, "service-unavailable", "trajectory-service is not answering", null);
        API.json("GET", "/api/trajectories", 200, "{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}");

        assertThat(read(PAGE, "nl", 503)).contains("Even niet bereikbaar");
    }

    @Test
    void showsAnOrganiserATrajectoryInFullWithItsCohortsCompletionAndLinks() throws Exception {
        API.json("GET", "/api/reports/trajectories/" + TRAJECTORY, 200, ReportFixtures.trajectoryReport());
        ReportFixtures.trajectory(API);

        String page = mvc.perform(get("/reports/trajectories/" + TRAJECTORY).with(as("organiser", "organiser"))
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Onderwijskundig leiderschap in het mbo</h1>")
                .contains("Rapportage van het traject · NCP EQAVET").contains("Alle deelnemersgroepen van dit traject samen.")
                .doesNotContain("Periode kiezen").doesNotContain(">&lt; 5</td>").doesNotContain("alleen totalen")
                .contains("href=\"/reports/trajectories/" + TRAJECTORY + ".csv\"");
        String completion = chart(page, "chart-completion");
        assertThat(completion).contains("Afrondingspercentage per deelnemersgroep")
                .contains("<a class=\"utrecht-link\" href=\"/reports/cohorts/" + COHORT + "\">Groep najaar 2026</a>").contains(">75%</td>")
                .contains("/reports/cohorts/" + RUNNING_COHORT + "\">Groep voorjaar 2027</a>").contains(">nog geen afgeronde groep</td>");
        // An organiser sees zero as zero: nothing is suppressed for them.
        assertThat(row(page, "Op de wachtlijst")).contains(">0</td>");
        assertThat(chart(page, "chart-attendance")).contains("Bijeenkomst 4");
    }

    @Test
    void showsACohortWithItsTrajectoryAndNoChartOfOneBar() throws Exception {
        API.json("GET", "/api/reports/cohorts/" + COHORT, 200, ReportFixtures.cohortReport());
        ReportFixtures.cohort(API);
        ReportFixtures.trajectory(API);

        String page = read("/reports/cohorts/" + COHORT, "en", 200);

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Groep najaar 2026</h1>")
                .contains("Report of the cohort · Onderwijskundig leiderschap in het mbo")
                .contains("href=\"/reports/trajectories/" + TRAJECTORY + "\">Report of the whole trajectory</a>")
                .doesNotContain("chart-completion").contains("There are no figures for this yet.");
        assertThat(row(page, "Enrolled participants (held a seat)")).contains(">&lt; 5</td>");
        assertThat(row(page, "Average refinements per question")).contains(">no figure</td>");
        for (String status : List.of("Confirmed (in progress)", "Waitlisted", "Withdrawn", "Completed")) {
            assertThat(row(page, status)).as(status).contains(">&lt; 5</td>");
        }
        assertThat(row(page, "Sessions held")).contains(">4</td>");
    }

    @Test
    void answersNotFoundForATrajectoryReportTheApiHides() throws Exception {
        API.problem("GET", "/api/reports/trajectories/" + TRAJECTORY, 404, "report-not-found", "no", null);

        assertThat(read("/reports/trajectories/" + TRAJECTORY, "nl", 404)).contains("Niet gevonden");
    }

    @Test
    void listsACoalitionMembersCoalitionsAndPointsAnOrganiserToTheTrajectories() throws Exception {
        assertThat(read("/reports", "nl", 200)).contains("<h1 class=\"utrecht-heading-1\">Rapportages</h1>")
                .contains("<a class=\"utrecht-link\" href=\"/reports/coalitions/teams-aan-zet\">Coalitie teams-aan-zet</a>")
                .doesNotContain("href=\"/organise\"");

        String organiser = mvc.perform(get("/reports").with(as("organiser", "organiser")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(organiser).contains("<a class=\"utrecht-link\" href=\"/organise\">Go to the trajectories</a>")
                .doesNotContain("My coalitions");

        String participant = mvc.perform(get("/reports").with(as("participant1", "participant")).header("Accept-Language", "nl"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(participant).contains("Er zijn geen rapportages voor jou.");
    }

    /** The table row whose header cell reads {@code label}. */
    static String row(String page, String label) {
        Matcher row = Pattern.compile("<tr class=\"utrecht-table__row\">\\s*<th scope=\"row\"[^>]*>\\s*(?:<a[^>]*>|<span>)?"
                + Pattern.quote(label) + "(?:</a>|</span>)?\\s*</th>.*?</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("a row " + label).isTrue();
        return row.group();
    }

    /** One chart's block: heading, SVG, table and note. */
    static String chart(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        int end = page.indexOf("class=\"koers-report-block", start + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
