package nl.koers.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.system.Koers;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real headless Chromium against the real local stack, as its people use it: signing in at
 * the identity provider, filling in a profile, enrolling and following a place on the waitlist, a cohort's
 * sessions and the private calendar link. Every page visited is checked with axe-core (WCAG 2.1 AA).
 */
class WebJourneyIT {

    private static final String PASSWORD = "koers-demo";

    private final Koers koers = new Koers();

    @Test
    void aParticipantSignsInFillsInTheProfileEnrolsAndFindsTheCohortsSessionsInDutch() {
        UUID cohort = cohortWithASession(10);
        try (Browser browser = Browser.atGateway(Browser.DUTCH)) {
            browser.open("/").assertAccessible().signIn("participant42", PASSWORD);
            assertThat(browser.title()).isEqualTo("Mijn overzicht – Koers");
            browser.assertAccessible().screenshot("overzicht");

            browser.visitAndCheck("/profile")
                    .fill("Naam", "An de Vries").fill("E-mailadres", "an.devries@roc-midden.nl")
                    .fill("Instelling", "ROC Midden Nederland").select("Sector", "Middelbaar beroepsonderwijs (mbo)")
                    .fill("Functie", "teamleider").click("Profiel opslaan")
                    .waitFor("Je profiel is opgeslagen.").assertAccessible().screenshot("profiel");

            browser.visitAndCheck("/cohorts/" + cohort + "/enrol")
                    .fill("Motivatie (niet verplicht)", "Ik wil de kwaliteitscultuur in mijn team versterken.")
                    .click("Inschrijven").waitFor("Je bent ingeschreven").assertAccessible();
            assertThat(browser.text()).contains("Bevestigd");

            browser.visitAndCheck("/cohorts/" + cohort).screenshot("groep");
            assertThat(browser.text()).contains("Bijeenkomst 1: Ontwikkelvragen verdiepen").contains("Interview");
            browser.click("Maak mijn agenda-link").waitFor("Je agenda-link is gemaakt.").assertAccessible();
            assertThat(browser.driver().findElement(org.openqa.selenium.By.id("calendar-url")).getDomProperty("value"))
                    .matches("http://127\\.0\\.0\\.1:\\d+/api/sessions/calendar/[A-Za-z0-9_-]{43}\\.ics");
            browser.assertEveryPageChecked();
        }
    }

    @Test
    void aParticipantFindsEverythingInEnglishWhenTheBrowserAsksForIt() {
        UUID cohort = cohortWithASession(10);
        koers.fillInProfile("participant43");
        try (Browser browser = Browser.atGateway(Browser.ENGLISH)) {
            browser.open("/").signIn("participant43", PASSWORD);
            assertThat(browser.title()).isEqualTo("My overview – Koers");
            browser.assertAccessible();
            browser.visitAndCheck("/cohorts/" + cohort + "/enrol").click("Enrol").waitFor("You are enrolled").assertAccessible();
            browser.visitAndCheck("/cohorts/" + cohort);
            assertThat(browser.text()).contains("Session 1: Ontwikkelvragen verdiepen");
            browser.click("Nederlands").waitFor("Bijeenkomsten").assertAccessible();
            browser.open("/").waitFor("Mijn inschrijvingen");
        }
    }

    @Test
    void aWaitlistedParticipantSeesTheirPlaceMoveUpWithoutReloading() {
        UUID cohort = cohortWithASession(1);
        koers.fillInProfile("participant44");
        koers.fillInProfile("participant45");
        Api.Response first = koers.enrol(koers.token("participant44"), cohort);
        assertThat(first.text("status")).as(first.raw()).isEqualTo("CONFIRMED");
        try (Browser browser = Browser.atGateway(Browser.DUTCH)) {
            browser.open("/").signIn("participant45", PASSWORD);
            browser.visitAndCheck("/cohorts/" + cohort + "/enrol").click("Inschrijven")
                    .waitFor("je staat op de wachtlijst").waitFor("plaats 1 op de wachtlijst").assertAccessible();

            Api.Response withdrawn = koers.api.post("/api/enrolments/" + first.text("id") + "/withdraw", koers.token("participant44"), null);
            assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(200);

            // The card asks for the place every 15 s; no reload, no click.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(45)).until(d -> browser.text().contains(
                    "Er is een plek vrijgekomen") || !browser.text().contains("plaats 1 op de wachtlijst"));
            assertThat(browser.text()).doesNotContain("plaats 1 op de wachtlijst").contains("Bevestigd");
            browser.assertAccessible();
        }
    }

    @Test
    void aParticipantEnrolsAndWithdrawsWithTheKeyboardAlone() {
        UUID cohort = cohortWithASession(10);
        koers.fillInProfile("participant46");
        String cohortName = koers.api.get("/api/cohorts/" + cohort, koers.token("organiser")).text("name");
        try (Browser browser = Browser.atGateway(Browser.DUTCH, Browser.Window.NARROW)) {
            browser.open("/").signIn("participant46", PASSWORD);
            browser.assertFitsWidth().assertAccessible();
            browser.pressTab();
            assertThat(browser.focused()).isEqualTo("Naar de inhoud");
            browser.tabTo("Inschrijven: " + TITLE + ", " + cohortName).pressEnter().waitForPath("/cohorts/" + cohort + "/enrol");
            browser.assertFitsWidth().assertAccessible()
                    .tabTo("Motivatie (niet verplicht)").type("Samen leren met het toetsenbord.")
                    .tabTo("Inschrijven").pressEnter().waitFor("Je bent ingeschreven").assertAccessible();

            browser.tabTo("Uitschrijven: " + TITLE + ", " + cohortName).pressEnter().waitFor("Wil je je uitschrijven")
                    .assertAccessible().tabTo("Ja, schrijf me uit").pressEnter().waitFor("Je bent uitgeschreven.");
            assertThat(browser.text()).contains("Uitgeschreven");
            browser.assertAccessible();
        }
    }

    @Test
    void signingOutEndsTheProviderSessionToo() {
        try (Browser browser = Browser.atGateway(Browser.DUTCH)) {
            browser.open("/").signIn("participant42", PASSWORD);
            browser.click("Uitloggen").waitFor("Je bent uitgelogd").assertAccessible();
            browser.click("Opnieuw inloggen");
            // The provider asks for the password again: its session ended with the web app's.
            browser.waitFor(d -> d.findElements(org.openqa.selenium.By.name("password")).isEmpty() ? null : true);
        }
    }

    static final String TITLE = "Betere kwaliteitsborging door sterker onderwijskundig leiderschap";

    /** An open cohort (the demo facilitator guides it) with one session ahead. */
    private UUID cohortWithASession(int capacity) {
        UUID cohort = koers.openCohort(capacity);
        Instant start = Instant.now().plus(Duration.ofDays(35));
        Api.Response session = koers.api.post("/api/cohorts/" + cohort + "/sessions", koers.token("organiser"), Map.of(
                "title", "Ontwikkelvragen verdiepen", "theme", "Interviews, verfijning en stakeholdermap",
                "startsAt", start.toString(), "endsAt", start.plus(Duration.ofHours(3)).toString(), "place", "Utrecht",
                "agenda", List.of(Map.of("workForm", "INTERVIEW", "minutes", 45), Map.of("workForm", "STAKEHOLDER_MAP", "minutes", 45))));
        assertThat(session.status()).as(session.raw()).isEqualTo(201);
        return cohort;
    }

}
