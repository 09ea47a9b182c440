package nl.koers.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.koers.system.Koers;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real headless Chromium against the real local stack, as its people use it: signing in at
 * the identity provider, filling in a profile, enrolling and following a place on the waitlist, a cohort's
 * sessions and the private calendar link. Every page visited is checked with axe-core (WCAG 2.1 AA).
 */
class WebJourneyIT {

    private static final String PASSWORD = "koers-demo";

    private final Koers koers = new Koers();

    /**
     * The journey, once per language: a participant signs in, fills in the profile, enrols, logs a
     * question and refines it twice, builds its stakeholder map, writes a reflection and plans an intervention;
     * the facilitator records attendance and gives feedback, which the participant then reads.
     */
    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"nl", "en"})
    void aParticipantAndTheirFacilitatorWorkThroughACohort(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Texts t = new Texts(locale);
        boolean dutch = language.equals("nl");
        String participant = dutch ? "participant42" : "participant43";
        UUID cohort = cohortWithASession(10);
        String cohortName = koers.api.get("/api/cohorts/" + cohort, koers.token("organiser")).text("name");
        String session = koers.api.get("/api/cohorts/" + cohort + "/sessions", koers.token("organiser"))
                .json().get("items").get(0).get("id").asString();
        String interventionPath;
        try (Browser browser = Browser.atGateway(locale)) {
            browser.open("/").assertAccessible();
            if (dutch) {
                browser.screenshot("inloggen");
            }
            browser.signIn(participant, PASSWORD);
            assertThat(browser.title()).isEqualTo(t.get("home.title") + " – Koers");
            browser.assertAccessible();

            browser.visitAndCheck("/profile")
                    .fill(t.get("profile.displayName"), dutch ? "An de Vries" : "Ann Vries")
                    .fill(t.get("profile.email"), participant + "@roc-midden.nl")
                    .fill(t.get("profile.institution"), "ROC Midden Nederland")
                    .select(t.get("profile.sector"), t.get("sector.MBO"))
                    .fill(t.get("profile.function"), "teamleider").click(t.get("profile.save"))
                    .waitFor(t.get("flash.profile.saved")).assertAccessible();
            if (dutch) {
                browser.screenshot("profiel");
            }

            browser.visitAndCheck("/cohorts/" + cohort + "/enrol")
                    .fill(t.get("enrol.motivation"), "Ik wil de kwaliteitscultuur in mijn team versterken.")
                    .click(t.get("enrol.submit")).waitFor(t.get("flash.enrolment.confirmed")).assertAccessible();
            assertThat(browser.text()).contains(t.get("enrolment.status.CONFIRMED"));
            if (dutch) {
                browser.screenshot("overzicht");
            }

            logAndRefineAQuestionAndBuildItsMap(browser, t, TITLE + " – " + cohortName, dutch);

            browser.visitAndCheck("/cohorts/" + cohort);
            assertThat(browser.text()).contains(t.get("cohort.session.number", 1) + ": Ontwikkelvragen verdiepen")
                    .contains(t.get("workForm.INTERVIEW"));
            browser.click(t.get("calendar.make")).waitFor(t.get("calendar.made")).assertAccessible();
            assertThat(browser.driver().findElement(By.id("calendar-url")).getDomProperty("value"))
                    .matches("http://127\\.0\\.0\\.1:\\d+/api/sessions/calendar/[A-Za-z0-9_-]{43}\\.ics");
            if (dutch) {
                browser.screenshot("groep");
            }

            browser.click(t.get("cohort.session.reflect")).waitFor(t.get("reflection.text.label")).assertAccessible()
                    .fill(t.get("reflection.text.label"), "Het interview liet zien hoe weinig mijn team van onze kwaliteitsafspraken weet.")
                    .check(t.get("reflection.visibility.FACILITATORS")).click(t.get("reflection.save"))
                    .waitFor(t.get("reflection.flash.written")).assertAccessible();

            browser.visitAndCheck("/interventions/new?cohortId=" + cohort).check(t.get("intervention.kind.ACTION_PLAN"))
                    .fill(t.get("intervention.title.label"), "Teamgesprekken over de studentenenquête")
                    .fill(t.get("intervention.goal.label"), "Het team bespreekt de uitkomsten en kiest zelf twee verbeterpunten.")
                    .fill("steps0.description", "De uitkomsten in het teamoverleg presenteren").fill("steps0.who", "teamleider")
                    .check(t.get("intervention.visibility.FACILITATORS")).click(t.get("intervention.save"))
                    .waitFor(t.get("intervention.flash.planned")).assertAccessible();
            interventionPath = java.net.URI.create(browser.url()).getPath();
            assertThat(interventionPath).matches("/interventions/[0-9a-f-]{36}");
            browser.assertEveryPageChecked();
        }

        try (Browser facilitator = Browser.atGateway(locale)) {
            facilitator.open("/").signIn("facilitator", PASSWORD);
            facilitator.assertAccessible();
            facilitator.visitAndCheck("/facilitation/sessions/" + session + "/attendance").check("mark-0-present")
                    .click(t.get("facilitation.attendance.save")).waitFor(t.get("facilitation.attendance.saved"))
                    .assertAccessible();
            assertThat(facilitator.text()).contains(t.get("facilitation.attendance.count.present", 1));
            facilitator.visitAndCheck("/facilitation" + interventionPath)
                    .fill(t.get("facilitation.feedback.text"), "Mooi plan. Nodig ook de studenten uit voor het tweede gesprek.")
                    .click(t.get("facilitation.feedback.submit")).waitFor(t.get("facilitation.feedback.given"))
                    .assertAccessible();
            if (dutch) {
                facilitator.screenshot("aanwezigheid-en-feedback");
            }
            facilitator.assertEveryPageChecked();
        }

        try (Browser browser = Browser.atGateway(locale)) {
            browser.open("/").signIn(participant, PASSWORD);
            browser.assertAccessible().visitAndCheck(interventionPath).waitFor(t.get("intervention.feedback.received"));
            assertThat(browser.text()).contains("Nodig ook de studenten uit voor het tweede gesprek.");
            if (dutch) {
                browser.screenshot("interventie");
            } else {
                browser.click("Nederlands").waitFor(new Texts(Browser.DUTCH).get("intervention.feedback.received")).assertAccessible();
            }
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
    void anExpiredSessionLeadsBackThroughSignInToThePageThePersonWasOn() {
        UUID cohort = cohortWithASession(10);
        koers.fillInProfile("participant43");
        assertThat(koers.enrol(koers.token("participant43"), cohort).status()).isEqualTo(201);
        try (Browser browser = Browser.atGateway(Browser.DUTCH)) {
            browser.open("/").signIn("participant43", PASSWORD);
            browser.driver().manage().deleteCookieNamed("KOERS_SESSION");
            browser.open("/cohorts/" + cohort);
            // The provider still knows the person, so sign-in passes without the form and returns to the page.
            browser.waitForPath("/cohorts/" + cohort).waitFor("Bijeenkomsten").assertAccessible();
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

    /** Logs a development question, refines it twice (the second time into a team question) and maps its stakeholders. */
    private static void logAndRefineAQuestionAndBuildItsMap(Browser browser, Texts t, String cohortLabel, boolean screenshots) {
        browser.visitAndCheck("/questions/new").select(t.get("questions.new.cohort"), cohortLabel)
                .fill(t.get("questions.new.text"), "Hoe krijg ik mijn team mee in de kwaliteitszorg van onze opleiding?")
                .check(t.get("questions.scope.INDIVIDUAL")).check(t.get("questions.visibility.FACILITATORS"))
                .click(t.get("questions.new.submit")).waitFor(t.get("questions.flash.logged")).assertAccessible();
        assertThat(java.net.URI.create(browser.url()).getPath()).matches("/questions/[0-9a-f-]{36}");

        browser.click(t.get("questions.question.refine")).waitFor(t.get("questions.refine.title")).assertAccessible()
                .fill(t.get("questions.refine.text"), "Hoe maak ik kwaliteitszorg tot iets van het hele team, niet alleen van mij?")
                .fill(t.get("questions.refine.note"), "Na het interview met een collega-deelnemer.")
                .click(t.get("questions.refine.submit")).waitFor(t.get("questions.flash.refined"));
        browser.click(t.get("questions.question.refine")).waitFor(t.get("questions.refine.title"))
                .fill(t.get("questions.refine.text"), "Hoe dragen we als team samen de verantwoordelijkheid voor onze kwaliteit?")
                .check(t.get("questions.scope.TEAM"))
                .click(t.get("questions.refine.submit")).waitFor(t.get("questions.flash.refined")).assertAccessible();
        assertThat(browser.text()).contains(t.get("questions.question.revision.first"))
                .contains(t.get("questions.question.revision.number", 2))
                .contains(t.get("questions.question.revision.scopeChanged.TEAM")).contains("Na het interview met een collega-deelnemer.");
        if (screenshots) {
            browser.screenshot("ontwikkelvraag");
        }

        browser.click(t.get("questions.question.map")).waitFor(t.get("questions.map.title")).assertAccessible()
                .fill("stakeholders0.nameOrRole", "Teamleider").select("stakeholders0.level", t.get("questions.level.TEAM"))
                .select("stakeholders0.influence", t.get("questions.map.scale.5")).select("stakeholders0.interest", "4")
                .select("stakeholders0.stance", t.get("questions.stance.SUPPORTER"))
                .click(t.get("questions.map.add")).waitFor(t.get("questions.map.row.legend", 2))
                .fill("stakeholders1.nameOrRole", "Kwaliteitszorgmedewerker")
                .select("stakeholders1.level", t.get("questions.level.INSTITUTION"))
                .select("stakeholders1.influence", "2").select("stakeholders1.interest", t.get("questions.map.scale.5"))
                .select("stakeholders1.stance", t.get("questions.stance.NEUTRAL")).check("stakeholders1.toInvolve")
                .click(t.get("questions.map.save")).waitFor(t.get("questions.flash.mapSaved")).assertAccessible();
        if (screenshots) {
            browser.screenshot("stakeholdermap");
        }
        assertThat(browser.driver().findElements(By.cssSelector("svg[role=img] title"))).isNotEmpty();
        assertThat(browser.text()).contains(t.get("questions.map.toInvolve.title")).contains("Kwaliteitszorgmedewerker");
    }

    @Test
    void anotherParticipantsQuestionIsNotFound() {
        UUID cohort = cohortWithASession(10);
        koers.fillInProfile("participant44");
        koers.fillInProfile("participant43");
        assertThat(koers.enrol(koers.token("participant44"), cohort).status()).isEqualTo(201);
        Api.Response question = koers.api.post("/api/development-questions", koers.token("participant44"), Map.of(
                "cohortId", cohort, "text", "Mijn eigen vraag, alleen voor mij", "scope", "INDIVIDUAL", "visibility", "PRIVATE"));
        assertThat(question.status()).as(question.raw()).isEqualTo(201);
        try (Browser browser = Browser.atGateway(Browser.DUTCH)) {
            browser.open("/").signIn("participant43", PASSWORD);
            browser.open("/questions/" + question.text("id")).waitFor("Niet gevonden").assertAccessible();
            assertThat(browser.title()).isEqualTo("Niet gevonden – Koers");
            assertThat(browser.text()).doesNotContain("Mijn eigen vraag, alleen voor mij");
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
