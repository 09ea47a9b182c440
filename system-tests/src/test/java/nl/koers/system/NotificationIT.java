package nl.koers.system;

import static nl.koers.testsupport.MailMessages.html;
import static nl.koers.testsupport.MailMessages.kind;
import static nl.koers.testsupport.MailMessages.meeting;
import static nl.koers.testsupport.MailMessages.text;
import static nl.koers.testsupport.MailMessages.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.MailMessages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The mails of issue 12 as their recipients get them: through the gateway in, out of the local stack's real SMTP
 * server (GreenMail) by its web API, with the real notification-service, Kafka and identity provider between.
 * participant115..120 are this class's own.
 */
class NotificationIT {

    private static final Duration MAIL = Duration.ofSeconds(60);
    private static final Pattern INVITATION_LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{20,})");

    private final Koers koers = new Koers();
    private final Api api = koers.api;
    private final Mailboxes mail = new Mailboxes(koers.stack);

    @Test
    void threeEnrolInTwoSeatsAndEachHearsWhatHappenedToTheirSeat() {
        UUID cohort = koers.openCohort(2);
        for (String user : List.of("participant115", "participant116", "participant117")) {
            koers.fillInProfile(user);
        }

        Api.Response first = koers.enrol(koers.token("participant115"), cohort);
        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(koers.enrol(koers.token("participant116"), cohort).text("status")).isEqualTo("CONFIRMED");
        assertThat(koers.enrol(koers.token("participant117"), cohort).text("status")).isEqualTo("WAITLISTED");
        Api.Response withdrawn = api.post("/api/enrolments/" + first.text("id") + "/withdraw",
                koers.token("participant115"), null);
        assertThat(withdrawn.text("status")).as(withdrawn.raw()).isEqualTo("WITHDRAWN");

        MimeMessage confirmed = awaitMail("participant115", "ENROLMENT_CONFIRMED", cohort);
        awaitMail("participant115", "ENROLMENT_WITHDRAWN", cohort);
        awaitMail("participant116", "ENROLMENT_CONFIRMED", cohort);
        MimeMessage waitlisted = awaitMail("participant117", "ENROLMENT_WAITLISTED", cohort);
        awaitMail("participant117", "ENROLMENT_PROMOTED", cohort);

        assertThat(recipients(confirmed)).containsExactly(address("participant115"));
        assertThat(text(confirmed)).contains("Deelnemer participant115").contains("/cohorts/" + cohort)
                .doesNotContain("Samen leren"); // the motivation is the participant's own text
        assertThat(html(confirmed)).contains("/cohorts/" + cohort).contains("<html");
        assertThat(text(waitlisted)).contains("1");
        assertThat(mailsAbout("participant116", cohort)).extracting(MailMessages::kind)
                .containsExactly("ENROLMENT_CONFIRMED");
        assertThat(mailsAbout("participant117", cohort)).extracting(MailMessages::kind)
                .containsExactly("ENROLMENT_WAITLISTED", "ENROLMENT_PROMOTED");

        JsonNode mine = api.get("/api/notifications/mine", koers.token("participant117")).json();
        assertThat(mine.get("items").valueStream().map(item -> item.get("kind").asString()))
                .contains("ENROLMENT_WAITLISTED", "ENROLMENT_PROMOTED");
        assertThat(api.get("/api/notifications/mine", null).status()).isEqualTo(401);
    }

    @Test
    void aMovedSessionArrivesAsAnUpdateOfTheSameMeetingAndACancellationRemovesIt() {
        UUID cohort = koers.openCohort(5);
        koers.fillInProfile("participant118");
        assertThat(koers.enrol(koers.token("participant118"), cohort).text("status")).isEqualTo("CONFIRMED");
        // Staff are mailed at the address their sign-in carries, which the web app hands over at every sign-in.
        assertThat(api.put("/api/notifications/address", koers.token("facilitator"), null).status()).isEqualTo(204);
        koers.awaitRoster(cohort, Map.of("participant118", "CONFIRMED"));

        Instant start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);
        Api.Response scheduled = api.post("/api/cohorts/" + cohort + "/sessions", koers.token("organiser"), Map.of(
                "title", "Startbijeenkomst", "startsAt", start.toString(), "endsAt", start.plusSeconds(3 * 3600).toString(),
                "place", "ROC Midden, Utrecht, lokaal 2.14"));
        assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(201);
        String session = scheduled.text("id");

        VEvent invited = meeting(awaitMail("participant118", "SESSION_SCHEDULED", cohort), "REQUEST");
        VEvent facilitators = meeting(awaitMail(facilitatorsAddress(), "SESSION_SCHEDULED", cohort), "REQUEST");
        assertThat(value(invited, Property.UID)).isEqualTo(session + "@koers").isEqualTo(value(facilitators, Property.UID));
        assertThat(value(invited, Property.LOCATION)).isEqualTo("ROC Midden, Utrecht, lokaal 2.14");
        assertThat(value(invited, Property.DTSTART)).isEqualTo(ical(start));

        Instant moved = start.plus(Duration.ofDays(1));
        Api.Response revised = api.send("PATCH", "/api/sessions/" + session, koers.token("organiser"),
                Map.of("startsAt", moved.toString(), "endsAt", moved.plusSeconds(3 * 3600).toString()),
                Map.of("If-Match", scheduled.header("ETag")));
        assertThat(revised.status()).as(revised.raw()).isEqualTo(200);

        VEvent update = meeting(awaitMail("participant118", "SESSION_RESCHEDULED", cohort), "REQUEST");
        assertThat(value(update, Property.UID)).isEqualTo(value(invited, Property.UID));
        assertThat(Integer.parseInt(value(update, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(invited, Property.SEQUENCE)));
        assertThat(value(update, Property.DTSTART)).isEqualTo(ical(moved));

        Api.Response cancelled = api.send("POST", "/api/sessions/" + session + "/cancel", koers.token("organiser"), null,
                Map.of("If-Match", revised.header("ETag")));
        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        VEvent cancellation = meeting(awaitMail("participant118", "SESSION_CANCELLED", cohort), "CANCEL");
        assertThat(value(cancellation, Property.UID)).isEqualTo(value(invited, Property.UID));
        assertThat(Integer.parseInt(value(cancellation, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(update, Property.SEQUENCE)));
    }

    @Test
    void aMailWaitsOutAnSmtpOutageAndIsSentOnceTheServerIsBack() {
        UUID cohort = koers.openCohort(5);
        koers.fillInProfile("participant119");
        koers.stack.stop("smtp-server");
        try {
            Api.Response enrolled = koers.enrol(koers.token("participant119"), cohort);
            assertThat(enrolled.status()).as("an SMTP outage is no reason to refuse an enrolment").isEqualTo(201);
            // The mail is queued and tried, not lost: it is on the participant's list, not sent yet.
            await().atMost(MAIL).until(() -> api.get("/api/notifications/mine", koers.token("participant119")).json()
                    .get("items").valueStream().anyMatch(item -> item.get("link").asString().contains(cohort.toString())
                            && !"SENT".equals(item.get("status").asString())));
        } finally {
            koers.stack.up();
        }
        awaitMail("participant119", "ENROLMENT_CONFIRMED", cohort);
        assertThat(mailsAbout("participant119", cohort)).hasSize(1);
    }

    @Test
    void anInvitationListIsCheckedRowByRowAndConfirmingItInvitesExactlyTheGoodRowsOnce() {
        UUID cohort = koers.openCohort(5);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String anna = "anna-" + run + "@roc-example.nl";
        String bram = "bram-" + run + "@roc-example.nl";
        String sectorless = "cas-" + run + "@roc-example.nl";
        // As Excel's "CSV UTF-8" export writes it in a Dutch locale: a byte order mark, semicolons, CRLF, quotes.
        String csv = "\uFEFFNaam;E-mailadres;Instelling;Sector;Functie\r\n"
                + "Anna de Vries;" + anna + ";ROC Midden;MBO;teamleider\r\n"
                + "\"Bram Jansen; coördinator\";" + bram + ";Hogeschool Utrecht;hbo;\r\n"
                + "Cas Bakker;" + sectorless + ";ROC Midden;Kinderopvang;docent\r\n"
                + "Dirk Smit;dirk-at-roc-example.nl;ROC Midden;MBO;docent\r\n"
                + "Anna de Vries;" + anna.toUpperCase() + ";ROC Midden;MBO;teamleider\r\n";

        Api.Response report = upload(cohort, csv, "organiser");
        assertThat(report.status()).as(report.raw()).isEqualTo(201);
        assertThat(report.text("status")).isEqualTo("CHECKED");
        JsonNode counts = report.json().get("counts");
        assertThat(counts.get("rows").asInt()).isEqualTo(5);
        assertThat(counts.get("invite").asInt()).isEqualTo(2);
        assertThat(counts.get("rejected").asInt()).isEqualTo(3);
        List<JsonNode> rows = report.json().get("rows").valueStream().toList();
        assertThat(rows).extracting(row -> row.get("outcome").asString())
                .containsExactly("INVITE", "INVITE", "REJECTED", "REJECTED", "REJECTED");
        assertThat(rows.get(1).get("name").asString()).isEqualTo("Bram Jansen; coördinator");
        assertThat(problemCodes(rows.get(2))).containsExactly("sector-unknown");
        assertThat(problemCodes(rows.get(3))).containsExactly("email-invalid");
        assertThat(problemCodes(rows.get(4))).containsExactly("duplicate");
        assertThat(rows.get(2).get("problems").get(0).get("field").asString()).isEqualTo("sector");
        // Nothing is sent before the organiser confirms.
        assertThat(api.get("/api/invitations?cohortId=" + cohort, koers.token("organiser")).json().get("totalItems").asInt())
                .isZero();
        assertThat(mail.to(anna)).isEmpty();

        String uploadPath = report.header("Location");
        Api.Response confirmed = api.post(uploadPath + "/confirmation", koers.token("organiser"), null);
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
        assertThat(confirmed.json().get("invited").asInt()).isEqualTo(2);
        assertThat(api.post(uploadPath + "/confirmation", koers.token("organiser"), null).json().get("invited").asInt())
                .isZero();

        MimeMessage annasInvitation = mail.awaitMessage(anna, m -> "INVITATION".equals(kind(m)), MAIL);
        mail.awaitMessage(bram, m -> "INVITATION".equals(kind(m)), MAIL);

        // The same file again invites nobody twice.
        Api.Response again = upload(cohort, csv, "organiser");
        assertThat(again.json().get("rows").valueStream().map(row -> row.get("outcome").asString()).toList())
                .containsExactly("ALREADY_INVITED", "ALREADY_INVITED", "REJECTED", "REJECTED", "REJECTED");
        assertThat(api.post(again.header("Location") + "/confirmation", koers.token("organiser"), null).json()
                .get("invited").asInt()).isZero();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                mail.to(anna).stream().filter(m -> "INVITATION".equals(kind(m))).count() == 1);
        assertThat(mail.to(sectorless)).isEmpty();

        // Anna signs in through her personal link: she is enrolled, her profile filled in from her row.
        Matcher link = INVITATION_LINK.matcher(text(annasInvitation));
        assertThat(link.find()).as(text(annasInvitation)).isTrue();
        Map<String, String> token = Map.of("token", link.group(1));
        Api.Response accepted = api.post("/api/invitations/acceptance", koers.token("participant120"), token);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
        assertThat(accepted.json().get("enrolment").get("status").asString()).isEqualTo("CONFIRMED");
        JsonNode profile = api.get("/api/participants/me", koers.token("participant120")).json();
        assertThat(profile.get("displayName").asString()).isEqualTo("Anna de Vries");
        assertThat(profile.get("sector").asString()).isEqualTo("MBO");
        assertThat(api.post("/api/invitations/acceptance", koers.token("participant120"), token).status()).isEqualTo(200);
        assertProblem(api.post("/api/invitations/acceptance", koers.token("participant119"), token), 409);
        awaitMail(anna, "ENROLMENT_CONFIRMED", cohort);
    }

    @Test
    void aBadInvitationListIsAClearProblemAndStaffOnly() {
        UUID cohort = koers.openCohort(5);
        String header = "naam,email,instelling,sector,functie\n";
        StringBuilder tooMany = new StringBuilder(header);
        for (int i = 0; i < 501; i++) {
            tooMany.append("Persoon ").append(i).append(",p").append(i).append("@roc-example.nl,ROC,MBO,docent\n");
        }
        assertThat(upload(cohort, tooMany.toString(), "organiser").status()).isBetween(400, 413);
        assertProblem(upload(cohort, "naam,instelling\nAnna,ROC\n", "organiser"), 400);
        assertProblem(upload(cohort, "", "organiser"), 400);
        byte[] latin1 = (header + "Zoë,zoe@roc-example.nl,ROC,MBO,docent\n").getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(api.upload("/api/invitations/uploads", koers.token("organiser"), Map.of("cohortId", cohort.toString()),
                "file", "lijst.csv", "text/csv", latin1), 400);
        assertProblem(upload(UUID.randomUUID(), header, "organiser"), 404);
        assertProblem(upload(cohort, header + "Anna,anna@roc-example.nl,ROC,MBO,\n", "participant115"), 403);
        assertProblem(api.post("/api/invitations/acceptance", koers.token("participant115"), Map.of("token", "nope")), 404);
        assertProblem(api.put("/api/notifications/preferences", koers.token("participant115"), Map.of("language", "nl",
                "topics", Map.of("SEAT", false, "SESSION_CHANGES", true, "SESSION_REMINDERS", true, "FEEDBACK", true,
                        "COHORT_COMPLETED", true))), 400);
        assertProblem(api.get("/api/notifications/dead-letters", koers.token("organiser")), 403);
    }

    private Api.Response upload(UUID cohort, String csv, String user) {
        return api.upload("/api/invitations/uploads", koers.token(user), Map.of("cohortId", cohort.toString()), "file",
                "deelnemers.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Where the demo facilitator is mailed: the address in their profile when other tests gave them one (a profile's
     * address wins), else the one their sign-in carries.
     */
    private String facilitatorsAddress() {
        Api.Response profile = api.get("/api/participants/me", koers.token("facilitator"));
        return profile.status() == 200 && profile.text("email") != null ? profile.text("email") : "facilitator@koers.test";
    }

    /** A demo user's address as {@link Koers#fillInProfile} enters it; an address is taken as it is. */
    private static String address(String userOrAddress) {
        return userOrAddress.contains("@") ? userOrAddress : userOrAddress + "@roc-example.nl";
    }

    private MimeMessage awaitMail(String user, String kind, UUID cohort) {
        return mail.awaitMessage(address(user), m -> kind.equals(kind(m)) && text(m).contains(cohort.toString()), MAIL);
    }

    private List<MimeMessage> mailsAbout(String user, UUID cohort) {
        return mail.to(address(user)).stream().filter(m -> text(m).contains(cohort.toString())).toList();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            List<String> addresses = new ArrayList<>();
            for (var address : message.getAllRecipients()) {
                addresses.add(((InternetAddress) address).getAddress());
            }
            return addresses;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ical(Instant instant) {
        return instant.toString().replace("-", "").replace(":", "").replace(".000", "");
    }

    private static List<String> problemCodes(JsonNode row) {
        return row.get("problems").valueStream().map(problem -> problem.get("code").asString()).toList();
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
