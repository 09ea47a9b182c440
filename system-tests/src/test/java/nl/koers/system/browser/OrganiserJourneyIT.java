package nl.koers.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.koers.system.Koers;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The organiser's journey of the issue in a real headless Chromium against the real local stack: the organiser
 * creates NCP EQAVET's trajectory with its four sessions, plans and opens a cohort of 6; participants enrol
 * through the API until two wait; one confirmed participant withdraws and the roster shows the first waiting
 * participant confirmed and the other now first in line; the organiser plans the sessions from the blueprint,
 * records attendance, completes the cohort and opens its report. Every page is checked with axe-core in Dutch
 * on the way, then revisited in English and checked again.
 */
class OrganiserJourneyIT {

    private static final String PASSWORD = "koers-demo";
    private static final String TITLE = "Betere kwaliteitsborging door sterker onderwijskundig leiderschap in het mbo";
    /** participant47..54 are this journey's (LocalStack makes 60). */
    private static final List<String> PARTICIPANTS = List.of("participant47", "participant48", "participant49",
            "participant50", "participant51", "participant52", "participant53", "participant54");

    private final Koers koers = new Koers();
    private final Texts t = new Texts(Browser.DUTCH);

    /** One part of a session's agenda as the organiser types it. */
    private record Part(String workForm, String title, int minutes) {
    }

    private record BlueprintSession(String title, String theme, List<Part> agenda) {
    }

    /** The four sessions of the NCP EQAVET trajectory (../shared/domain.md). */
    private static final List<BlueprintSession> BLUEPRINT = List.of(
            new BlueprintSession("Ontwikkelvragen verdiepen", "Interviews, aanscherpen en de stakeholdermap", List.of(
                    new Part("INTERVIEW", "Elkaar interviewen over de ontwikkelvraag", 60),
                    new Part("STAKEHOLDER_MAP", "Wie speelt welke rol bij je vraag?", 60),
                    new Part("REFINEMENT_EXERCISE", "De vraag aanscherpen", 30))),
            new BlueprintSession("Rollen en kwaliteitscultuur", "De rol die je krijgt en de rol die je neemt", List.of(
                    new Part("OTHER", "Waarom teams de kwaliteitsafspraken dragen", 60),
                    new Part("OTHER", "Factoren van een gezonde kwaliteitscultuur", 45))),
            new BlueprintSession("Casussen en aanpakplannen", "Tien inzichten, vier rollen; beïnvloedingsstijlen", List.of(
                    new Part("ROLE_FAN", "Casussen langs de rollenwaaier", 60),
                    new Part("ACTION_PLANNING", "Een aanpakplan of compacte interventie", 60))),
            new BlueprintSession("Ervaringen delen en evalueren", "Feedback op de interventies en vervolgstappen", List.of(
                    new Part("EXPERIENCE_SHARING", "Wat de interventies opleverden", 60),
                    new Part("EVALUATION", "Het traject evalueren", 30))));

    @Test
    void anOrganiserRunsACohortFromTrajectoryToReport() {
        String cohortName = "Groep Utrecht " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.atGateway(Browser.DUTCH)) {
            browser.open("/").signIn("organiser", PASSWORD);
            browser.assertAccessible();
            assertThat(browser.text()).contains(t.get("organise.home.title"));

            UUID trajectory = createTheTrajectory(browser);
            UUID cohort = planAndOpenACohort(browser, trajectory, cohortName);

            Map<String, String> enrolments = enrolUntilTwoWait(cohort);
            seeTheFirstWaitingMoveUpOnTheRoster(browser, cohort, cohortName, enrolments.get("participant48"));

            planTheSessionsFromTheBlueprint(browser, cohort);
            recordAttendance(browser, cohort);
            complete(browser, cohort);

            inEnglish(browser);

            // The cohort's report (the reports' pages are their own), in Dutch and in English.
            browser.visitAndCheck("/reports/cohorts/" + cohort + "?lang=nl");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(cohortName);
            browser.visitAndCheck("/reports/cohorts/" + cohort + "?lang=en");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(cohortName);
            browser.assertEveryPageChecked();
        }
    }

    private UUID createTheTrajectory(Browser browser) {
        browser.visitAndCheck("/organise").click(t.get("organise.trajectories.new")).waitFor(t.get("organise.blueprint.legend"));
        browser.fill(t.get("organise.trajectory.field.title"), TITLE)
                .fill(t.get("organise.trajectory.field.description"), "Ontwikkeltraject van NCP EQAVET met de coalitie Teams aan zet "
                        + "van het Kwaliteitsnetwerk mbo: van een eigen ontwikkelvraag naar een teamgerichte uitdaging.")
                .fill(t.get("organise.trajectory.field.organiser"), "NCP EQAVET")
                .fill(t.get("organise.trajectory.field.coalitions"), "teams-aan-zet");
        for (int i = 0; i < BLUEPRINT.size(); i++) {
            if (i > 0) {
                // htmx swaps in the new session; without script the same button posts the form and comes back.
                browser.click(t.get("organise.blueprint.add"));
                String added = "sessionBlueprint" + i + ".title";
                browser.waitFor(d -> d.findElements(By.id(added)).isEmpty() ? null : true);
            }
            BlueprintSession session = BLUEPRINT.get(i);
            String at = "sessionBlueprint" + i;
            browser.fill(at + ".title", session.title()).fill(at + ".theme", session.theme());
            for (int j = 0; j < session.agenda().size(); j++) {
                String row = at + ".agenda" + j;
                if (j >= 2) {
                    // A new session has two agenda rows; a third is a button away.
                    browser.click(t.get("organise.agenda.add", i + 1));
                    browser.waitFor(d -> d.findElements(By.id(row + ".workForm")).isEmpty() ? null : true);
                }
                Part part = session.agenda().get(j);
                browser.select(row + ".workForm", t.get("workForm." + part.workForm())).fill(row + ".title", part.title())
                        .fill(row + ".minutes", String.valueOf(part.minutes()));
            }
        }
        browser.assertAccessible().click(t.get("organise.trajectory.save")).waitFor(t.get("organise.flash.trajectory.created"))
                .assertAccessible();
        assertThat(browser.text()).contains(t.get("cohort.session.number", 4) + ": Ervaringen delen en evalueren")
                .contains(t.get("cohort.session.agendaCaption", 1, 150)).contains("Casussen langs de rollenwaaier");
        return idIn(browser, "/organise/trajectories/");
    }

    private UUID planAndOpenACohort(Browser browser, UUID trajectory, String cohortName) {
        LocalDate today = LocalDate.now();
        browser.click(t.get("organise.trajectory.planCohort")).waitFor(t.get("organise.cohort.new.title")).assertAccessible()
                .fill(t.get("organise.cohort.field.name"), cohortName).fill(t.get("organise.cohort.field.capacity"), "6");
        set(browser, "startsOn", today.plusDays(7).toString());
        set(browser, "endsOn", today.plusDays(150).toString());
        browser.fill(t.get("organise.cohort.field.facilitators"), "facilitator")
                .click(t.get("organise.cohort.new.submit")).waitFor(t.get("organise.flash.cohort.planned")).assertAccessible();
        UUID cohort = idIn(browser, "/organise/cohorts/");
        assertThat(koers.api.get("/api/cohorts/" + cohort, koers.token("organiser")).text("trajectoryId"))
                .isEqualTo(trajectory.toString());

        browser.click(t.get("organise.lifecycle.open.button")).waitFor(t.get("organise.lifecycle.open.catalogue")).assertAccessible();
        assertThat(browser.text()).contains(t.get("organise.lifecycle.open.told"));
        // The cohort's page was checked a moment ago; what changed is its status.
        browser.click(t.get("organise.lifecycle.open.confirm")).waitFor(t.get("organise.flash.cohort.open"));
        assertThat(browser.text()).contains(t.get("organise.cohort.status.OPEN"));
        return cohort;
    }

    /** Eight participants enrol in a cohort of six: the last two are waitlisted. Answers participant to enrolment id. */
    private Map<String, String> enrolUntilTwoWait(UUID cohort) {
        Map<String, String> enrolments = new java.util.HashMap<>();
        koers.awaitOpenForEnrolment(cohort);
        for (int i = 0; i < PARTICIPANTS.size(); i++) {
            String participant = PARTICIPANTS.get(i);
            koers.fillInProfile(participant);
            Api.Response enrolled = koers.enrol(koers.token(participant), cohort);
            assertThat(enrolled.status()).as(enrolled.raw()).isEqualTo(201);
            assertThat(enrolled.text("status")).as(participant).isEqualTo(i < 6 ? "CONFIRMED" : "WAITLISTED");
            enrolments.put(participant, enrolled.text("id"));
        }
        return enrolments;
    }

    /** participant48 withdraws: participant53 (first in line) gets the seat, participant54 is now first in line. */
    private void seeTheFirstWaitingMoveUpOnTheRoster(Browser browser, UUID cohort, String cohortName, String enrolment) {
        Api.Response withdrawn = koers.api.post("/api/enrolments/" + enrolment + "/withdraw", koers.token("participant48"), null);
        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(200);

        browser.open("/organise/cohorts/" + cohort).click(t.get("organise.cohort.roster"))
                .waitFor(t.get("organise.roster.title", cohortName)).assertAccessible();
        assertThat(row(browser, "participant53")).contains(t.get("enrolment.status.CONFIRMED"));
        assertThat(row(browser, "participant54")).contains(t.get("enrolment.status.WAITLISTED")).endsWith(" | 1");
        assertThat(row(browser, "participant48")).contains(t.get("enrolment.status.WITHDRAWN"));
        assertThat(browser.text()).doesNotContain("Samen leren"); // the motivation every participant gave
        browser.wholePageScreenshot("organiser-roster");
    }

    private void planTheSessionsFromTheBlueprint(Browser browser, UUID cohort) {
        browser.open("/organise/cohorts/" + cohort).click(t.get("organise.sessions.plan.link"))
                .waitFor(t.get("organise.sessions.plan.submit")).assertAccessible();
        LocalDate first = LocalDate.now().plusDays(10);
        for (int i = 0; i < BLUEPRINT.size(); i++) {
            set(browser, "slots" + i + ".date", first.plusWeeks(4L * i).toString());
            set(browser, "slots" + i + ".startTime", "13:00");
            set(browser, "slots" + i + ".endTime", "17:00");
            browser.fill("slots" + i + ".place", "ROC Midden Nederland, Utrecht");
        }
        browser.click(t.get("organise.sessions.plan.submit")).waitFor(t.get("organise.flash.sessions.planned")).assertAccessible();
        assertThat(browser.text()).contains(t.get("cohort.session.number", 1) + ": Ontwikkelvragen verdiepen")
                .contains(t.get("cohort.session.number", 4) + ": Ervaringen delen en evalueren");
    }

    /** The organiser takes attendance of session 1 on the facilitators' sheet, once trajectory-service knows the roster. */
    private void recordAttendance(Browser browser, UUID cohort) {
        Map<String, String> seated = new java.util.HashMap<>();
        List.of("participant47", "participant49", "participant50", "participant51", "participant52", "participant53")
                .forEach(p -> seated.put(p, "CONFIRMED"));
        seated.put("participant54", "WAITLISTED");
        koers.awaitRoster(cohort, seated);
        String session = koers.api.get("/api/cohorts/" + cohort + "/sessions", koers.token("organiser"))
                .json().get("items").get(0).get("id").asString();

        browser.visitAndCheck("/facilitation/sessions/" + session + "/attendance");
        for (int i = 0; i < 6; i++) {
            browser.check("mark-" + i + (i < 5 ? "-present" : "-excused"));
        }
        browser.click(t.get("facilitation.attendance.save")).waitFor(t.get("facilitation.attendance.saved"));
        assertThat(browser.text()).contains(t.get("facilitation.attendance.count.present", 5));

        browser.click(t.get("facilitation.back")).waitForPath("/organise/cohorts/" + cohort)
                .click(t.get("organise.cohort.attendance")).waitFor(t.get("organise.attendance.perParticipant")).assertAccessible();
        assertThat(browser.text()).contains("Deelnemer participant47");
    }

    private void complete(Browser browser, UUID cohort) {
        browser.open("/organise/cohorts/" + cohort).click(t.get("organise.lifecycle.complete.button"))
                .waitFor(t.get("organise.lifecycle.what")).assertAccessible();
        assertThat(browser.text()).contains(t.get("organise.lifecycle.complete.completes", 6))
                .contains(t.get("organise.lifecycle.complete.waitlist", 1)).contains(t.get("organise.lifecycle.complete.undo"));
        browser.click(t.get("organise.lifecycle.complete.confirm")).waitFor(t.get("organise.flash.cohort.complete")).assertAccessible();
        assertThat(browser.text()).contains(t.get("organise.cohort.steps.none.COMPLETED"));
    }

    /** Every page of the app visited so far, once more in English, checked again. */
    private static void inEnglish(Browser browser) {
        URI home = URI.create(browser.url());
        Set<String> pages = new LinkedHashSet<>();
        for (String visited : new ArrayList<>(browser.visited())) {
            URI uri = URI.create(visited);
            if (uri.getPort() == home.getPort() && uri.getHost().equals(home.getHost()) && !uri.getPath().startsWith("/login")) {
                pages.add(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            }
        }
        for (String page : pages) {
            browser.open(page + (page.contains("?") ? "&" : "?") + "lang=en").assertAccessible();
            assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).as(page).isEqualTo("en");
        }
    }

    /** The text of the roster's row of one participant, cells separated by " | ". */
    private static String row(Browser browser, String participant) {
        WebElement row = browser.driver().findElement(By.cssSelector("tr[data-participant='" + participant + "']"));
        return String.join(" | ", row.findElements(By.cssSelector("th, td")).stream()
                .map(cell -> cell.getText().strip()).toList().subList(0, 4));
    }

    /**
     * Sets a date or time field as the browser's own picker would: typing into one depends on the browser's
     * locale (day-month or month-day), so the value is set directly, as a picker sets it.
     */
    private static void set(Browser browser, String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
    }

    private static UUID idIn(Browser browser, String prefix) {
        String path = URI.create(browser.url()).getPath();
        assertThat(path).startsWith(prefix);
        return UUID.fromString(path.substring(prefix.length(), prefix.length() + 36));
    }
}
