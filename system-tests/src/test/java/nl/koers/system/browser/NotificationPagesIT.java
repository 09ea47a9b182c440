package nl.koers.system.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.system.Koers;
import nl.koers.system.Mailboxes;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The e-mail pages in a real headless Chromium against the real local stack: a participant reads the mail Koers
 * sent about their seat, chooses English and no reminders, and after a change made elsewhere gets the form back
 * with what holds now; an organiser uploads a list of people for a cohort, reads the report per row (a bad
 * address, an unknown sector, a duplicate), sends the good rows' invitations and uploading the same list again
 * invites nobody twice; an invitee opens the link from their mail, signs in and enrols with one button; someone
 * else with the same link is told it was used; the admin reads the undelivered mails. Every page is checked with
 * axe-core, in Dutch and in English, and at 320 px as well.
 */
class NotificationPagesIT {

    private static final String PASSWORD = "koers-demo";
    /** participant111..114 are the e-mail pages' (LocalStack makes 120). */
    private static final String READER = "participant111";
    private static final String INVITEE = "participant113";
    private static final String SOMEONE_ELSE = "participant114";
    private static final String PREFERENCES = "/api/notifications/preferences";
    private static final Pattern INVITATION_LINK = Pattern.compile("/invitations/[A-Za-z0-9_-]{16,}");

    private final Koers koers = new Koers();
    private final Mailboxes mailboxes = new Mailboxes(koers.stack);
    private final Texts t = new Texts(Browser.DUTCH);

    @TempDir
    Path files;

    @Test
    void aParticipantChoosesWhichMailsTheyGetAndReadsWhatKoersSentThem() {
        UUID cohort = koers.openCohort(10);
        koers.fillInProfile(READER);
        String token = koers.token(READER);
        everyMailInDutch(token);
        Api.Response enrolled = koers.enrol(token, cohort);
        assertThat(enrolled.status()).as(enrolled.raw()).isEqualTo(201);

        try (Browser browser = Browser.atGateway(Browser.DUTCH)) {
            browser.open("/").signIn(READER, PASSWORD).assertAccessible();
            browser.click(t.get("notifications.nav")).waitFor(t.get("notifications.preferences.title")).assertAccessible();
            assertThat(browser.title()).isEqualTo(t.get("notifications.title") + " – Koers");
            WebElement seat = browser.driver().findElement(By.id("topic-SEAT"));
            assertThat(seat.isSelected()).isTrue();
            assertThat(seat.isEnabled()).isFalse();
            assertThat(browser.text()).contains(t.get("notifications.topic.alwaysOn"), t.get("notifications.topic.SEAT.description"));

            // The confirmation of the seat is in the list as soon as notification-service has made it.
            awaitMail(browser, "ENROLMENT_CONFIRMED");
            assertThat(browser.driver().findElement(By.cssSelector("tr[data-kind='ENROLMENT_CONFIRMED']")).getText())
                    .contains(t.get("notifications.kind.ENROLMENT_CONFIRMED"));
            browser.wholePageScreenshot("meldingen");

            browser.check("language-en");
            untick(browser, "topic-SESSION_REMINDERS");
            browser.click(t.get("notifications.save")).waitFor(t.get("notifications.flash.saved")).assertAccessible();
            JsonNode saved = koers.api.get(PREFERENCES, token).json();
            assertThat(saved.get("language").asString()).isEqualTo("en");
            assertThat(saved.get("topics").get("SESSION_REMINDERS").asBoolean()).isFalse();
            assertThat(saved.get("topics").get("SEAT").asBoolean()).isTrue();
            assertThat(saved.get("topics").get("SESSION_CHANGES").asBoolean()).isTrue();
            assertThat(browser.driver().findElement(By.id("language-en")).isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.id("topic-SESSION_REMINDERS")).isSelected()).isFalse();

            // Changed elsewhere (another window) after this form was read: the form comes back with what holds now.
            everyMailInDutch(token);
            untick(browser, "topic-FEEDBACK");
            browser.click(t.get("notifications.save")).waitFor(t.get("notifications.changedMeanwhile")).assertAccessible();
            assertThat(browser.driver().findElement(By.id("language-nl")).isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.id("topic-SESSION_REMINDERS")).isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.id("topic-FEEDBACK")).isSelected()).isTrue();
            assertThat(koers.api.get(PREFERENCES, token).json().get("topics").get("FEEDBACK").asBoolean()).isTrue();

            // A mail's subject leads to the page it is about, on this site.
            browser.driver().findElement(By.cssSelector("tr[data-kind='ENROLMENT_CONFIRMED'] a")).click();
            browser.waitForPath("/cohorts/" + cohort).assertAccessible();

            inEnglish(browser, List.of("/notifications"));
            browser.assertEveryPageChecked();
        }
        try (Browser phone = Browser.atGateway(Browser.DUTCH, Browser.Window.NARROW)) {
            phone.open("/").signIn(READER, PASSWORD);
            phone.visitAndCheck("/notifications").assertFitsWidth();
            phone.visitAndCheck("/notifications?lang=en").assertFitsWidth();
        }
        everyMailInDutch(token);
    }

    @Test
    void anOrganiserInvitesPeopleFromAListAndAnInviteeEnrolsThroughTheirLink() throws Exception {
        UUID cohort = koers.openCohort(10);
        String cohortName = koers.api.get("/api/cohorts/" + cohort, koers.token("organiser")).text("name");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String anna = "anna." + run + "@roc-example.nl";
        String bram = "bram." + run + "@roc-example.nl";
        // As Excel's "CSV UTF-8" saves it: a byte order mark, semicolons, Windows line ends.
        Path list = write("deelnemers.csv", "\uFEFFnaam;e-mail;instelling;sector;functie\r\n"
                + "Anna de Vries;" + anna + ";ROC Midden Nederland;mbo;teamleider\r\n"
                + "Bram Bos;" + bram + ";Grafisch Lyceum;MBO;\r\n"
                + "Cor Dekker;cor.dekker@;ROC Midden Nederland;mbo;docent\r\n"
                + "Dirk van Eek;dirk." + run + "@roc-example.nl;Kinderopvang De Eik;kinderopvang;leidster\r\n"
                + "Anna de Vries;" + anna.toUpperCase() + ";ROC Midden Nederland;mbo;teamleider\r\n");
        Path tooLarge = write("groot.csv", "naam;e-mail;instelling;sector;functie\r\n"
                + ("Eva Eerdmans;eva@roc-example.nl;ROC Midden Nederland;mbo;docent\r\n").repeat(25_000));
        String invitations = "/organise/cohorts/" + cohort + "/invitations";
        String report;

        try (Browser organiser = Browser.atGateway(Browser.DUTCH)) {
            organiser.open("/").signIn("organiser", PASSWORD).assertAccessible();
            organiser.visitAndCheck("/organise/cohorts/" + cohort).click(t.get("invitations.title"))
                    .waitFor(t.get("invitations.upload.title")).assertAccessible();
            assertThat(organiser.text()).contains(t.get("invitations.howto.example.header"), t.get("invitations.howto.excel"),
                    t.get("invitations.howto.separator"));

            // Nothing chosen, then a file too large: each said beside the file field.
            organiser.click(t.get("invitations.upload.submit")).waitFor(t.get("invitations.file.required")).assertAccessible();
            assertThat(organiser.driver().findElement(By.id("file")).getDomAttribute("aria-describedby")).isEqualTo("file-error file-help");
            choose(organiser, tooLarge);
            organiser.click(t.get("invitations.upload.submit")).waitFor(t.get("invitations.file.tooLarge")).assertAccessible();
            assertThat(URI.create(organiser.url()).getPath()).isEqualTo(invitations);

            // The list: checked row by row, nothing sent yet.
            choose(organiser, list);
            organiser.click(t.get("invitations.upload.submit")).waitFor(t.get("invitations.report.title")).assertAccessible();
            report = URI.create(organiser.url()).getPath();
            assertThat(report).startsWith(invitations + "/uploads/");
            assertThat(organiser.text()).contains(t.get("invitations.report.intro"),
                    t.get("invitations.report.count.rows", 5), t.get("invitations.report.count.invite", 2),
                    t.get("invitations.report.count.rejected", 3),
                    t.get("invitations.problem.email-invalid", t.get("invitations.column.email")),
                    t.get("invitations.problem.sector-unknown", t.get("invitations.column.sector")),
                    t.get("invitations.problem.duplicate", t.get("invitations.column.email")));
            assertThat(mailboxes.to(anna)).isEmpty();
            organiser.wholePageScreenshot("uitnodigen");

            organiser.click(t.get("invitations.report.show.problems", 3)).waitFor(t.get("invitations.report.caption.problems", "deelnemers.csv"))
                    .assertAccessible();
            assertThat(organiser.driver().findElements(By.cssSelector("tr[data-line]"))).hasSize(3);
            organiser.click(t.get("invitations.report.show.all")).waitFor(t.get("invitations.report.caption", "deelnemers.csv"))
                    .assertAccessible();

            organiser.click(t.get("invitations.report.send", 2)).waitFor(t.get("invitations.flash.sent", 2)).assertAccessible();
            assertThat(URI.create(organiser.url()).getPath()).isEqualTo(invitations);
            assertThat(organiser.driver().findElements(By.cssSelector("tr[data-invitation][data-status='INVITED']"))).hasSize(2);

            // The same list again: everyone on it was invited already, so there is nothing to send.
            choose(organiser, list);
            organiser.click(t.get("invitations.upload.submit")).waitFor(t.get("invitations.report.title")).assertAccessible();
            assertThat(organiser.text()).contains(t.get("invitations.report.count.alreadyInvited", 2),
                    t.get("invitations.report.nobody")).doesNotContain(t.get("invitations.report.send", 2));

            inEnglish(organiser, List.of(invitations, report));
            organiser.assertEveryPageChecked();
        }
        try (Browser phone = Browser.atGateway(Browser.DUTCH, Browser.Window.NARROW)) {
            phone.open("/").signIn("organiser", PASSWORD);
            phone.visitAndCheck(invitations).assertFitsWidth();
            phone.visitAndCheck(report).assertFitsWidth();
        }

        // Each good row got its own mail with its own link; the bad rows got none.
        String link = invitationLink(mailboxes.awaitMessage(anna, m -> true, Koers.CONVERGENCE));
        String bramsLink = invitationLink(mailboxes.awaitMessage(bram, m -> true, Koers.CONVERGENCE));
        assertThat(bramsLink).isNotEqualTo(link);

        try (Browser invitee = Browser.atGateway(Browser.DUTCH)) {
            // Not signed in yet: the link goes through sign-in and back to the invitation.
            invitee.open(link).signIn(INVITEE, PASSWORD).waitFor(t.get("invitations.landing.READY.title")).assertAccessible();
            assertThat(URI.create(invitee.url()).getPath()).isEqualTo(link);
            assertThat(invitee.text()).contains(t.get("invitations.landing.name", "Anna de Vries"), cohortName);

            invitee.click(t.get("invitations.landing.enrol")).waitFor(t.get("flash.enrolment.confirmed")).assertAccessible();
            assertThat(URI.create(invitee.url()).getPath()).isEqualTo("/");
            // The invitation's page sends no Referer: the page after it cannot know the link's secret.
            assertThat((String) ((JavascriptExecutor) invitee.driver()).executeScript("return document.referrer;")).isEmpty();
            await().atMost(Koers.CONVERGENCE).untilAsserted(() -> assertThat(koers.roster(cohort, "organiser", "").get("items"))
                    .anySatisfy(item -> {
                        assertThat(item.get("participantId").asString()).isEqualTo(INVITEE);
                        assertThat(item.get("status").asString()).isEqualTo("CONFIRMED");
                    }));
            // INVITEE had no profile: the invitation's row filled it in.
            JsonNode profile = koers.api.get("/api/participants/me", koers.token(INVITEE)).json();
            assertThat(profile.get("displayName").asString()).isEqualTo("Anna de Vries");
            assertThat(profile.get("email").asString()).isEqualToIgnoringCase(anna);

            invitee.open(link).waitFor(t.get("invitations.landing.USED.title")).assertAccessible();
            inEnglish(invitee, List.of(link));
            invitee.assertEveryPageChecked();
        }
        try (Browser other = Browser.atGateway(Browser.DUTCH, Browser.Window.NARROW)) {
            other.open(link).signIn(SOMEONE_ELSE, PASSWORD).waitFor(t.get("invitations.landing.USED.title")).assertAccessible()
                    .assertFitsWidth();
            other.visitAndCheck(bramsLink).waitFor(t.get("invitations.landing.READY.title")).assertFitsWidth();
            other.visitAndCheck("/invitations/" + "x".repeat(43)).waitFor(t.get("invitations.landing.UNKNOWN.title"))
                    .assertFitsWidth();
            other.assertEveryPageChecked();
        }
    }

    /**
     * The admin's list of undelivered mails. The stack gives a mail up only after ten attempts over half an hour,
     * so whether there is one to send again depends on what ran before; when there is, the first is sent again and
     * its row says so in place.
     */
    @Test
    void theAdminReadsTheUndeliveredMailsAndSendsOneAgain() {
        try (Browser admin = Browser.atGateway(Browser.DUTCH)) {
            admin.open("/").signIn("admin", PASSWORD).assertAccessible();
            admin.click(t.get("admin.nav")).waitFor(t.get("admin.mail.summary")).assertAccessible()
                    .click(t.get("admin.mail.title")).waitFor(t.get("admin.mail.intro")).assertAccessible();
            List<WebElement> undelivered = admin.driver().findElements(By.cssSelector("tr[data-mail] form button"));
            if (undelivered.isEmpty()) {
                assertThat(admin.text()).contains(t.get("admin.mail.found", 0));
            } else {
                undelivered.getFirst().click();
                admin.waitFor(d -> d.findElements(By.cssSelector("tr[data-mail] p[data-announce]")).isEmpty() ? null : true);
                assertThat(admin.text()).containsAnyOf(t.get("admin.mail.flash.resent"), t.get("admin.mail.flash.notUndelivered"));
                admin.assertAccessible();
            }
            inEnglish(admin, List.of("/admin/mail"));
            admin.assertEveryPageChecked();
        }
        try (Browser phone = Browser.atGateway(Browser.DUTCH, Browser.Window.NARROW)) {
            phone.open("/").signIn("admin", PASSWORD);
            phone.visitAndCheck("/admin/mail").assertFitsWidth();
        }
    }

    /** Every mail on, in Dutch: how each run of the participant's test starts, whatever the previous one left. */
    private void everyMailInDutch(String token) {
        Map<String, Boolean> topics = new LinkedHashMap<>();
        for (String topic : List.of("SEAT", "SESSION_CHANGES", "SESSION_REMINDERS", "FEEDBACK", "COHORT_COMPLETED")) {
            topics.put(topic, true);
        }
        Api.Response saved = koers.api.put(PREFERENCES, token, Map.of("language", "nl", "topics", topics));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
    }

    /** Opens the page again until the mail of {@code kind} is in its list. */
    private static void awaitMail(Browser browser, String kind) {
        await().atMost(Koers.CONVERGENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.open("/notifications");
            return !browser.driver().findElements(By.cssSelector("tr[data-kind='" + kind + "']")).isEmpty();
        });
        browser.assertAccessible();
    }

    private static void untick(Browser browser, String id) {
        WebElement box = browser.driver().findElement(By.id(id));
        if (box.isSelected()) {
            box.click();
        }
    }

    /** Chooses a file in the file field, as a person does in the browser's file dialog. */
    private static void choose(Browser browser, Path file) {
        WebElement field = browser.driver().findElement(By.id("file"));
        field.clear();
        field.sendKeys(file.toAbsolutePath().toString());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** The path of the personal link in an invitation mail, read from its text as the invitee reads it. */
    private static String invitationLink(MimeMessage mail) {
        String text = text(mail);
        Matcher link = INVITATION_LINK.matcher(text);
        assertThat(link.find()).as("an invitation link in:\n" + text).isTrue();
        return link.group();
    }

    private static String text(Part part) {
        try {
            if (part.isMimeType("text/*")) {
                return part.getContent().toString();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart parts = (Multipart) part.getContent();
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < parts.getCount(); i++) {
                    text.append(text(parts.getBodyPart(i))).append('\n');
                }
                return text.toString();
            }
            return "";
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages once more in English, checked again. */
    private static void inEnglish(Browser browser, List<String> pages) {
        for (String page : pages) {
            browser.open(page + (page.contains("?") ? "&" : "?") + "lang=en").assertAccessible();
            assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).as(page).isEqualTo("en");
        }
        browser.open("/?lang=nl").assertAccessible();
    }
}
