package nl.koers.system.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.koers.system.Koers;
import nl.koers.testsupport.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The coalition's side of the issue in a real headless Chromium against the real local stack: an organiser runs a
 * cohort of the coalition teams-aan-zet through the API (five seats, six enrol, so one waits; attendance at one
 * session; completed); then the demo coalition user reads the coalition's report for this school year, sees small
 * groups as "&lt; 5" wherever the API suppresses them, downloads the CSV and the PDF with their own session and finds
 * the coalition's name and the page's figures in the PDF, and gets "not found" for a coalition that is not theirs.
 * Every page is checked with axe-core in Dutch and again in English, the report also 320 px wide. Other tests add
 * cohorts to teams-aan-zet too, so the figures are compared with the API's and the page's, never with fixed numbers.
 */
class CoalitionReportIT {

    private static final String PASSWORD = "koers-demo";
    private static final String COALITION = "teams-aan-zet";
    /** participant55..60 are this test's (LocalStack makes 60). */
    private static final List<String> PARTICIPANTS = List.of("participant55", "participant56", "participant57",
            "participant58", "participant59", "participant60");
    private static final int SEATS = 5;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Koers koers = new Koers();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aCoalitionMemberReadsTheSchoolYearsReportAndTakesItToTheNetworkMeeting() throws Exception {
        String title = "Teams aan zet rapportage " + UUID.randomUUID().toString().substring(0, 6);
        UUID trajectory = aCompletedCohortOfTheCoalition(title);
        int year = schoolYear(LocalDate.now(AMSTERDAM));
        String reportPath = "/reports/coalitions/" + COALITION + "?year=" + year;
        Texts nl = new Texts(Browser.DUTCH);

        try (Browser browser = Browser.atGateway(Browser.DUTCH)) {
            browser.open("/").signIn("coalition", PASSWORD);
            browser.assertAccessible();
            browser.visitAndCheck("/reports").click(nl.get("report.landing.coalition", COALITION))
                    .waitFor(nl.get("report.period.title")).assertAccessible();
            // The default is this school year; choosing it puts it in the address, to bookmark and share.
            browser.select(nl.get("report.period.year"), year + "–" + (year + 1)).click(nl.get("report.period.showYear"))
                    .waitFor(d -> d.getCurrentUrl().endsWith(reportPath));
            browser.waitFor(title).assertAccessible();
            assertThat(browser.title()).isEqualTo(nl.get("report.coalition.name", COALITION) + " – Rapportage – Koers");

            Map<String, String> figures = smallGroupsReadAsTheApiSays(browser, trajectory, year);
            assertThat(figures.get(title)).as("our trajectory's completion rate").isEqualTo("100%");
            // For the README: the charts, where small groups show as hatched bars labelled "< 5".
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('chart-status').scrollIntoView();");
            browser.screenshot("coalition-report");

            String cookie = sessionCookie(browser);
            HttpResponse<byte[]> csv = download(browser, nl.get("report.downloads.csv"), cookie, "nl");
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
            assertThat(csv.headers().firstValue("Content-Disposition")).contains(
                    "attachment; filename=\"koers-report-coalition-teams-aan-zet-" + year + "-" + (year + 1) + ".csv\"");
            String rows = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(rows).startsWith("\uFEFFOnderdeel;Kengetal;Groep;Waarde").contains("Rapportage;Id;;teams-aan-zet")
                    .contains("Rapportage;Van;;" + year + "-08-01").contains(";< 5");

            HttpResponse<byte[]> pdf = download(browser, nl.get("report.downloads.pdf"), cookie, "nl");
            assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
            String text = pdfText(pdf.body());
            assertThat(text).contains(nl.get("report.coalition.name", COALITION))
                    .contains(nl.get("report.period.schoolYear", String.valueOf(year), String.valueOf(year + 1),
                            "1 augustus " + year, "31 juli " + (year + 1)));
            figures.forEach((label, value) -> assertThat(text).as("the PDF's " + label).contains(label + " " + value));

            browser.open("/reports/coalitions/some-other").waitFor(nl.get("error.notFound.title")).assertAccessible();
            assertThat(browser.text()).doesNotContain(nl.get("report.table.key.title"));

            // The same pages in English: the language switch, then each page again.
            browser.open(reportPath).click("English").waitFor("Participation by status").assertAccessible();
            assertThat(browser.text()).contains("Coalition teams-aan-zet").contains(title);
            browser.visitAndCheck("/reports").visitAndCheck("/reports/coalitions/some-other");
            assertThat(browser.text()).contains(new Texts(Browser.ENGLISH).get("error.notFound.title"));
            browser.assertEveryPageChecked();
        }

        // On a phone 320 px wide the report reflows: charts scale down, wide tables scroll in their own region.
        try (Browser phone = Browser.atGateway(Browser.DUTCH, Browser.Window.NARROW)) {
            phone.open(reportPath).signIn("coalition", PASSWORD);
            phone.waitFor(title).assertFitsWidth().assertAccessible();
        }
    }

    /**
     * A trajectory of teams-aan-zet with one cohort in this school year, run to completion through the API: five
     * seats for six participants, so one waits; one session with attendance. Returns once the coalition's report
     * (read as the organiser) counts the cohort.
     */
    private UUID aCompletedCohortOfTheCoalition(String title) {
        String organiser = koers.token("organiser");
        Api.Response trajectory = koers.api.post("/api/trajectories", organiser, Map.of("title", title,
                "description", "Ontwikkeltraject NCP EQAVET met de coalitie Teams aan zet", "organiser", "NCP EQAVET",
                "coalitionIds", List.of(COALITION)));
        assertThat(trajectory.status()).as(trajectory.raw()).isEqualTo(201);
        UUID trajectoryId = UUID.fromString(trajectory.text("id"));
        LocalDate today = LocalDate.now(AMSTERDAM);
        Api.Response cohort = koers.api.post("/api/trajectories/" + trajectoryId + "/cohorts", organiser, Map.of(
                "name", "Groep rapportage", "capacity", SEATS, "startsOn", today.toString(),
                "endsOn", today.plusDays(120).toString(), "enrolmentOpensAt", Instant.now().minusSeconds(60).toString(),
                "enrolmentClosesAt", Instant.now().plus(Duration.ofDays(1)).toString(), "facilitatorIds", List.of("facilitator")));
        assertThat(cohort.status()).as(cohort.raw()).isEqualTo(201);
        UUID cohortId = UUID.fromString(cohort.text("id"));
        assertThat(koers.api.post("/api/cohorts/" + cohortId + "/open", organiser, null).text("status")).isEqualTo("OPEN");
        koers.awaitOpenForEnrolment(cohortId);

        List<String> seated = new ArrayList<>();
        Map<String, String> roster = new LinkedHashMap<>();
        for (String participant : PARTICIPANTS) {
            koers.fillInProfile(participant);
            Api.Response enrolled = koers.enrol(koers.token(participant), cohortId);
            assertThat(enrolled.status()).as(enrolled.raw()).isEqualTo(201);
            roster.put(participant, enrolled.text("status"));
            if ("CONFIRMED".equals(enrolled.text("status"))) {
                seated.add(participant);
            }
        }
        assertThat(seated).hasSize(SEATS);
        assertThat(roster).containsValue("WAITLISTED");
        koers.awaitRoster(cohortId, roster);

        Api.Response session = koers.api.post("/api/cohorts/" + cohortId + "/sessions", organiser, Map.of(
                "title", "Ontwikkelvragen verdiepen", "startsAt", Instant.now().minusSeconds(7200).toString(),
                "endsAt", Instant.now().minusSeconds(3600).toString(), "place", "Utrecht"));
        assertThat(session.status()).as(session.raw()).isEqualTo(201);
        List<Map<String, String>> marks = seated.stream().map(p -> Map.of("participantId", p,
                "status", p.equals(seated.getFirst()) ? "ABSENT" : "PRESENT")).toList();
        Api.Response attendance = koers.api.put("/api/sessions/" + session.text("id") + "/attendance",
                koers.token("facilitator"), Map.of("marks", marks));
        assertThat(attendance.status()).as(attendance.raw()).isEqualTo(200);
        assertThat(koers.api.post("/api/cohorts/" + cohortId + "/complete", organiser, null).text("status")).isEqualTo("COMPLETED");

        await().atMost(Koers.CONVERGENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode report = koers.api.get("/api/reports/cohorts/" + cohortId, organiser).json();
            assertThat(report.path("participation").path("completed").asInt()).isEqualTo(SEATS);
            assertThat(report.path("sessions").path("held").asInt()).isEqualTo(1);
            JsonNode coalition = koers.api.get("/api/reports/coalitions/" + COALITION, organiser).json();
            assertThat(coalition.path("cohorts").path("completionRatePerTrajectory").path(trajectoryId.toString()).asDouble())
                    .isEqualTo(1.0);
        });
        return trajectoryId;
    }

    /**
     * Each figure of the page's participation and key-figure tables as the coalition user's API report has it: a
     * suppressed one reads "&lt; 5", never 0, and at least one is suppressed. Returns every row the page shows in
     * those tables and in the completion table, label to value, to find in the PDF.
     */
    private Map<String, String> smallGroupsReadAsTheApiSays(Browser browser, UUID trajectory, int year) {
        JsonNode api = koers.api.get("/api/reports/coalitions/" + COALITION + "?from=" + year + "-08-01&to=" + (year + 1)
                + "-07-31", koers.token("coalition")).json();
        assertThat(api.path("aggregatesOnly").asBoolean()).isTrue();
        Texts nl = new Texts(Browser.DUTCH);
        Map<String, String> status = rows(browser, "chart-status");
        Map<String, JsonNode> asked = new LinkedHashMap<>();
        JsonNode participation = api.path("participation");
        asked.put(nl.get("report.status.CONFIRMED"), participation.path("confirmed"));
        asked.put(nl.get("report.status.WAITLISTED"), participation.path("waitlisted"));
        asked.put(nl.get("report.status.WITHDRAWN"), participation.path("withdrawn"));
        asked.put(nl.get("report.status.COMPLETED"), participation.path("completed"));
        Map<String, String> key = rows(browser, "figures-key");
        asked.put(nl.get("report.figure.enrolled"), participation.path("enrolled"));
        Map<String, String> others = rows(browser, "figures-reflections");
        asked.put(nl.get("report.figure.evaluationResponses"), api.path("evaluation").path("responses"));
        asked.put(nl.get("report.figure.casesAnalysed"), api.path("reflections").path("casesAnalysed"));

        Map<String, String> shown = new LinkedHashMap<>(status);
        shown.putAll(key);
        shown.putAll(others);
        boolean anySuppressed = false;
        for (Map.Entry<String, JsonNode> figure : asked.entrySet()) {
            String value = shown.get(figure.getKey());
            if (figure.getValue().path("suppressed").asBoolean(false)) {
                anySuppressed = true;
                assertThat(value).as(figure.getKey()).isEqualTo("< 5");
            } else {
                assertThat(value).as(figure.getKey()).isEqualTo(String.format(Locale.ROOT, "%d", figure.getValue().asLong()));
            }
        }
        assertThat(anySuppressed).as("a small group among " + asked.keySet()).isTrue();
        assertThat(browser.text()).contains(nl.get("report.suppressed.explanation", "< 5", "5"));

        // The completion per trajectory: ours, with its link to the trajectory's own report.
        WebElement ours = browser.driver().findElement(By.cssSelector("#chart-completion a[href$='/reports/trajectories/"
                + trajectory + "']"));
        assertThat(ours.getText()).isNotBlank();
        Map<String, String> completion = rows(browser, "chart-completion");
        Map<String, String> all = new LinkedHashMap<>(shown);
        all.put(ours.getText(), completion.get(ours.getText()));
        return all;
    }

    /** A table's rows under the element with this id: the row header's text to the value cell's. */
    private static Map<String, String> rows(Browser browser, String id) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#" + id + " tbody tr"))) {
            rows.put(row.findElement(By.cssSelector("th")).getText().strip(), row.findElement(By.cssSelector("td")).getText().strip());
        }
        assertThat(rows).as("the rows of " + id).isNotEmpty();
        return rows;
    }

    private static String sessionCookie(Browser browser) {
        Cookie session = browser.driver().manage().getCookieNamed("KOERS_SESSION");
        assertThat(session).as("the web app's session cookie").isNotNull();
        return session.getName() + "=" + session.getValue();
    }

    /** Follows the page's link named {@code name} with the browser's own session, as a download would. */
    private HttpResponse<byte[]> download(Browser browser, String name, String cookie, String language)
            throws IOException, InterruptedException {
        String href = browser.driver().findElement(By.linkText(name)).getDomAttribute("href");
        URI target = URI.create(browser.url()).resolve(href);
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(target).header("Cookie", cookie)
                .header("Accept-Language", language).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(target.toString()).isEqualTo(200);
        return answer;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int schoolYear(LocalDate day) {
        return day.getMonth().compareTo(Month.AUGUST) >= 0 ? day.getYear() : day.getYear() - 1;
    }
}
