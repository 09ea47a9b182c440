package nl.koers.system.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.koers.system.Koers;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The privacy pages in a real headless Chromium against the real local stack: a participant with a profile, an
 * enrolment, a development question and an intervention reads all of it on "Mijn gegevens", downloads it as
 * JSON, asks for erasure and watches every part of Koers reach "gewist" without reloading; the admin finds that
 * erasure and the participant's export in the audit trail (and a backwards period refused beside its field), and
 * erases another participant on their behalf; an organiser sets a trajectory's retention period. Every page is
 * checked with axe-core, in Dutch and in English, and the participant's pages at 320 px as well.
 */
class PrivacyPagesIT {

    private static final String PASSWORD = "koers-demo";
    /** participant101..110 are the privacy pages' (LocalStack makes 120). */
    private static final String PARTICIPANT = "participant101";
    private static final String ON_BEHALF = "participant102";
    private static final String QUESTION = "Hoe maak ik kwaliteitszorg tot iets van het hele team? (101)";
    private static final String REVISED = "Hoe maken we kwaliteitszorg samen tot teamvraag? (101)";
    private static final String MOTIVATION = "Ik wil leren hoe ons team de kwaliteitsafspraken samen draagt (101)";
    private static final String INTERVENTION = "Gesprek met mijn teamleider over rolhelderheid (101)";
    /** Erasure runs through Kafka in three services; on a busy machine that takes a while. */
    private static final Duration ERASURE = Duration.ofSeconds(120);

    private final Koers koers = new Koers();
    private final Texts t = new Texts(Browser.DUTCH);

    @Test
    void aParticipantReadsDownloadsAndErasesTheirDataAndTheAdminFindsItInTheAuditTrail() throws Exception {
        UUID cohort = koers.openCohort(10);
        giveTheParticipantSomeData(cohort);
        koers.fillInProfile(ON_BEHALF);

        UUID erasure;
        try (Browser browser = Browser.atGateway(Browser.DUTCH)) {
            browser.open("/").signIn(PARTICIPANT, PASSWORD);
            browser.assertAccessible();
            readMyData(browser);
            download(browser);
            erasure = erase(browser);
            seeNothingLeft(browser);
            inEnglish(browser, List.of("/my-data", "/my-data/erasure", "/my-data/erasures/" + erasure, "/profile"));
            browser.assertEveryPageChecked();
        }
        try (Browser phone = Browser.atGateway(Browser.DUTCH, Browser.Window.NARROW)) {
            phone.open("/").signIn(PARTICIPANT, PASSWORD);
            for (String page : List.of("/my-data", "/my-data/erasure", "/my-data/erasures/" + erasure)) {
                phone.visitAndCheck(page).assertFitsWidth();
            }
        }
        try (Browser admin = Browser.atGateway(Browser.DUTCH)) {
            admin.open("/").signIn("admin", PASSWORD);
            admin.assertAccessible();
            findItInTheAuditTrail(admin, erasure);
            eraseOnBehalf(admin, erasure);
            inEnglish(admin, List.of("/admin", "/admin/audit", "/admin/erasures", "/admin/erasures/new"));
            admin.visitAndCheck("/admin/audit?action=participant.exported&actor=" + PARTICIPANT).assertFitsWidth();
            admin.assertEveryPageChecked();
        }
    }

    @Test
    void anOrganiserSetsHowLongATrajectoryKeepsPersonalData() {
        try (Browser browser = Browser.atGateway(Browser.DUTCH)) {
            browser.open("/").signIn("organiser", PASSWORD);
            browser.assertAccessible();
            browser.visitAndCheck("/organise/trajectories/new");
            assertThat(browser.text()).contains(t.get("organise.trajectory.field.retention"))
                    .contains(t.get("organise.trajectory.field.retention.help"));
            browser.fill(t.get("organise.trajectory.field.title"), "Bewaren met beleid " + UUID.randomUUID().toString().substring(0, 6))
                    .fill(t.get("organise.trajectory.field.organiser"), "NCP EQAVET")
                    .fill(t.get("organise.trajectory.field.retention"), "200")
                    .click(t.get("organise.trajectory.save"))
                    .waitFor(t.get("organise.trajectory.retention.invalid", 1, 120, 24)).assertAccessible();
            assertThat(browser.driver().findElement(By.id("retentionMonths")).getDomAttribute("aria-describedby"))
                    .isEqualTo("retentionMonths-error");

            browser.fill(t.get("organise.trajectory.field.retention"), "36").click(t.get("organise.trajectory.save"))
                    .waitFor(t.get("organise.flash.trajectory.created")).assertAccessible();
            assertThat(browser.text()).contains(t.get("organise.trajectory.retention", 36));
            String path = URI.create(browser.url()).getPath();
            String trajectory = path.substring("/organise/trajectories/".length());
            assertThat(koers.api.get("/api/trajectories/" + trajectory, koers.token("organiser")).json()
                    .get("retentionMonths").asInt()).isEqualTo(36);

            browser.visitAndCheck(path + "/edit");
            assertThat(browser.driver().findElement(By.id("retentionMonths")).getDomProperty("value")).isEqualTo("36");
            browser.assertEveryPageChecked();
        }
    }

    /** A profile, an enrolment with a motivation, a refined development question and a private intervention. */
    private void giveTheParticipantSomeData(UUID cohort) {
        koers.fillInProfile(PARTICIPANT);
        String token = koers.token(PARTICIPANT);
        Api.Response enrolled = koers.api.post("/api/enrolments", token, Map.of("cohortId", cohort, "motivation", MOTIVATION));
        assertThat(enrolled.status()).as(enrolled.raw()).isEqualTo(201);
        // The other services learn of the enrolment a moment later; until then they refuse the participant's writes.
        String question = created(() -> koers.api.post("/api/development-questions", token, Map.of("cohortId", cohort,
                "text", QUESTION, "scope", "INDIVIDUAL", "visibility", "PRIVATE")));
        Api.Response refined = koers.api.post("/api/development-questions/" + question + "/revisions", token,
                Map.of("text", REVISED, "scope", "TEAM"));
        assertThat(refined.status()).as(refined.raw()).isEqualTo(201);
        created(() -> koers.api.post("/api/interventions", token, Map.of("cohortId", cohort, "kind", "COMPACT",
                "title", INTERVENTION, "goal", "Rolhelderheid", "visibility", "PRIVATE")));
    }

    private static String created(Supplier<Api.Response> write) {
        Api.Response[] last = new Api.Response[1];
        await().atMost(Koers.CONVERGENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
            last[0] = write.get();
            return last[0].status() == 201;
        });
        return last[0].text("id");
    }

    private void readMyData(Browser browser) {
        browser.visitAndCheck("/profile").click(t.get("privacy.myData.title")).waitFor(t.get("privacy.part.reflection"))
                .assertAccessible();
        assertThat(browser.title()).isEqualTo(t.get("privacy.myData.title") + " – Koers");
        assertThat(browser.text()).contains(t.get("privacy.part.enrolment"), t.get("privacy.part.trajectory"))
                .contains("Deelnemer " + PARTICIPANT, PARTICIPANT + "@roc-example.nl", MOTIVATION)
                .contains(QUESTION, REVISED, INTERVENTION)
                .doesNotContain(t.get("privacy.part.pending"));
        browser.wholePageScreenshot("mijn-gegevens");
    }

    /** The download link's file, fetched with the browser's own session as the browser would save it. */
    private void download(Browser browser) throws Exception {
        WebElement link = browser.driver().findElement(By.linkText(t.get("privacy.myData.download")));
        assertThat(link.getDomAttribute("href")).isEqualTo("/my-data.json");
        Cookie session = browser.driver().manage().getCookieNamed("KOERS_SESSION");
        HttpResponse<String> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(koers.stack.gatewayUrl() + "/my-data.json"))
                .header("Cookie", "KOERS_SESSION=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"koers-mijn-gegevens-"
                + LocalDate.now(ZoneId.of("Europe/Amsterdam")) + ".json\"");
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode export = Api.parse(file.body());
        assertThat(export.get("format").asString()).isEqualTo("koers-export/1");
        assertThat(export.get("participantId").asString()).isEqualTo(PARTICIPANT);
        for (String part : List.of("enrolment", "trajectory", "reflection", "notification")) {
            assertThat(export.get("parts").get(part).get("status").asString()).as(part).isEqualTo("included");
        }
        assertThat(file.body()).contains(MOTIVATION, QUESTION, REVISED, INTERVENTION);
    }

    /** Asks for erasure (refused without the tick), then watches the progress reach "gewist" for every part in place. */
    private UUID erase(Browser browser) {
        browser.click(t.get("privacy.erase.title")).waitFor(t.get("privacy.erase.goes.title")).assertAccessible();
        assertThat(browser.text()).contains(t.get("privacy.erase.stays.title"), t.get("privacy.erase.know.final"),
                t.get("privacy.erase.know.afresh"));
        browser.click(t.get("privacy.erase.submit")).waitFor(t.get("privacy.erasure.understood.required")).assertAccessible();
        browser.check(t.get("privacy.erase.understood")).click(t.get("privacy.erase.submit"))
                .waitFor(t.get("privacy.flash.erasure.requested")).assertAccessible();
        String path = URI.create(browser.url()).getPath();
        assertThat(path).startsWith("/my-data/erasures/");
        UUID erasure = UUID.fromString(path.substring("/my-data/erasures/".length()));

        awaitErased(browser);
        // htmx brought the progress in place: the flash of the first load is still there, so the page never reloaded.
        assertThat(browser.text()).contains(t.get("privacy.flash.erasure.requested"));
        assertThat(browser.url()).endsWith(path);
        browser.assertAccessible();
        return erasure;
    }

    /** Waits, longer than a page's usual patience, until the progress table says "gewist" for all three parts. */
    private void awaitErased(Browser browser) {
        String erased = t.get("privacy.erasure.status.ERASED");
        new WebDriverWait(browser.driver(), ERASURE).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "every part erased; the page reads:\n" + browser.text())
                .until(d -> {
                    List<WebElement> rows = d.findElements(By.cssSelector("#erasure-status tr[data-part]"));
                    return rows.size() == 4 && rows.stream().allMatch(row -> row.getText().contains(erased))
                            && d.findElements(By.cssSelector("#erasure-status[hx-get]")).isEmpty();
                });
        assertThat(browser.text()).doesNotContain(t.get("privacy.erasure.status.PENDING"));
    }

    /** After erasure "Mijn gegevens" holds none of it any more. */
    private void seeNothingLeft(Browser browser) {
        browser.visitAndCheck("/my-data");
        assertThat(browser.text()).doesNotContain(MOTIVATION).doesNotContain(QUESTION).doesNotContain(INTERVENTION)
                .doesNotContain(PARTICIPANT + "@roc-example.nl");
    }

    private void findItInTheAuditTrail(Browser admin, UUID erasure) {
        admin.click(t.get("admin.nav")).waitFor(t.get("admin.audit.summary")).assertAccessible()
                .click(t.get("admin.audit.title")).waitFor(t.get("admin.audit.intro")).assertAccessible();

        // The entries travel through Kafka; the admin searches again until they are in.
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        searchUntil(admin, "erasure.requested", null, today, erasure.toString());
        assertThat(admin.text()).contains(t.get("audit.action.erasure.requested"));
        searchUntil(admin, "participant.exported", PARTICIPANT, today, t.get("audit.action.participant.exported"));
        assertThat(admin.driver().findElements(By.cssSelector("tr[data-action='participant.exported']"))).isNotEmpty();

        // The whole day, newest first: what the organiser set up, the exports, the erasure and its parts.
        admin.visitAndCheck("/admin/audit?from=" + today + "&to=" + today);
        assertThat(admin.text()).contains(t.get("audit.action.cohort.opened"), t.get("audit.action.participant.exported"),
                t.get("audit.action.erasure.requested"));
        admin.wholePageScreenshot("audit");

        // A period that ends before it starts is refused beside its field, before the API is asked.
        set(admin, "from", LocalDate.now().plusDays(2).toString());
        set(admin, "to", LocalDate.now().toString());
        admin.click(t.get("admin.audit.submit")).waitFor(t.get("admin.audit.period.order")).assertAccessible();
        assertThat(admin.driver().findElement(By.id("from")).getDomAttribute("aria-describedby")).isEqualTo("from-error");
    }

    /** Filters the trail as the admin would, again and again until {@code expected} is on the page. */
    private void searchUntil(Browser admin, String action, String actor, String day, String expected) {
        await().atMost(Koers.CONVERGENCE).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() -> {
            admin.open("/admin/audit");
            admin.select(t.get("admin.audit.field.action"), t.get("audit.action." + action));
            if (actor != null) {
                admin.fill(t.get("admin.audit.field.actor"), actor);
            }
            set(admin, "from", day);
            set(admin, "to", day);
            admin.click(t.get("admin.audit.submit"));
            return admin.driver().getPageSource().contains(expected);
        });
        admin.assertAccessible();
    }

    /** The erasure is listed; then the admin erases another participant on their behalf and sees it through. */
    private void eraseOnBehalf(Browser admin, UUID erasure) {
        admin.visitAndCheck("/admin/erasures");
        admin.driver().findElement(By.cssSelector("tr[data-erasure='" + erasure + "'] a")).click();
        admin.waitForPath("/admin/erasures/" + erasure).assertAccessible();
        assertThat(admin.text()).contains(t.get("privacy.erasure.requestedBy.participant"));

        admin.visitAndCheck("/admin/erasures").click(t.get("admin.erasure.new.title")).waitFor(t.get("admin.erasure.new.final"))
                .assertAccessible();
        admin.fill(t.get("admin.erasure.field.participantId"), ON_BEHALF).click(t.get("admin.erasure.submit"))
                .waitFor(t.get("admin.erasure.confirmed.required")).assertAccessible();
        admin.check(t.get("admin.erasure.field.confirmed")).click(t.get("admin.erasure.submit"))
                .waitFor(t.get("admin.flash.erasure.requested")).assertAccessible();
        awaitErased(admin);
        assertThat(admin.text()).contains(t.get("privacy.erasure.requestedBy.admin"));
        admin.assertAccessible();

        // Asked again, the participant is already erased: said beside the field.
        admin.visitAndCheck("/admin/erasures/new").fill(t.get("admin.erasure.field.participantId"), ON_BEHALF)
                .check(t.get("admin.erasure.field.confirmed")).click(t.get("admin.erasure.submit"))
                .waitFor(t.get("admin.erasure.alreadyErased")).assertAccessible();
    }

    /** The pages once more in English, checked again. */
    private static void inEnglish(Browser browser, List<String> pages) {
        for (String page : pages) {
            browser.open(page + (page.contains("?") ? "&" : "?") + "lang=en").assertAccessible();
            assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).as(page).isEqualTo("en");
        }
        browser.open("/?lang=nl").assertAccessible();
    }

    /** Sets a date field as the browser's own picker would: typing into one depends on the browser's locale. */
    private static void set(Browser browser, String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
    }
}
