package nl.koers.notification;

import static nl.koers.testsupport.MailMessages.html;
import static nl.koers.testsupport.MailMessages.kind;
import static nl.koers.testsupport.MailMessages.ofKind;
import static nl.koers.testsupport.MailMessages.subject;
import static nl.koers.testsupport.MailMessages.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.koers.defaults.web.Paging;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentPromoted;
import nl.koers.events.EnrolmentWaitlisted;
import nl.koers.events.EventCatalog;
import nl.koers.events.Topics;
import nl.koers.notification.mail.MailKind;
import nl.koers.notification.mail.MailStatus;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.MailMessages;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The seat mails end to end: an enrolment fact on Kafka in, the mail in the recipient's mailbox on the real SMTP
 * server out, in their language, once however often the fact comes, and through an SMTP outage.
 */
class SeatMailIT extends StagedIT {

    @Test
    void aConfirmedParticipantIsMailedInDutchAndInEnglishOnceTheyPreferIt() throws Exception {
        String anna = Stage.person("anna");
        stage.profile(anna, "Anna de Vries");
        UUID cohort = stage.cohort(List.of());

        stage.confirm(cohort, anna);
        MimeMessage dutch = smtp.awaitMessageTo(Stage.address(anna), ofKind("ENROLMENT_CONFIRMED", cohort), Stage.MAIL);

        assertThat(subject(dutch)).isEqualTo("Je hebt een plek in de deelnemersgroep");
        assertThat(((InternetAddress) dutch.getFrom()[0]).getAddress()).isEqualTo("no-reply@koers.test");
        assertThat(((InternetAddress) dutch.getAllRecipients()[0]).getAddress()).isEqualTo(Stage.address(anna));
        assertThat(dutch.isMimeType("multipart/alternative")).isTrue();
        assertThat(text(dutch)).startsWith("Beste Anna de Vries,").contains(StagedIT.BASE_URL + "/cohorts/" + cohort)
                .contains(StagedIT.BASE_URL + "/notifications");
        assertThat(html(dutch)).contains("href=\"" + StagedIT.BASE_URL + "/cohorts/" + cohort + "\"")
                .contains("lang=\"nl\"");

        String token = Stage.token(anna, "participant");
        Api.Response english = api.send("PUT", "/api/notifications/preferences", token, Map.of("language", "en",
                "topics", Map.of("SEAT", true, "SESSION_CHANGES", true, "SESSION_REMINDERS", true, "FEEDBACK", true,
                        "COHORT_COMPLETED", true)), Map.of("If-Match", "\"0\""));
        assertThat(english.status()).as(english.raw()).isEqualTo(200);
        stage.withdraw(cohort, anna);

        MimeMessage withdrawn = smtp.awaitMessageTo(Stage.address(anna), ofKind("ENROLMENT_WITHDRAWN", cohort),
                Stage.MAIL);
        assertThat(subject(withdrawn)).isEqualTo("Your enrolment has been withdrawn");
        assertThat(text(withdrawn)).startsWith("Dear Anna de Vries,");
        assertThat(MailMessages.header(withdrawn, "Content-Language")).isEqualTo("en");

        Api.Response mine = api.get("/api/notifications/mine", token);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("items").valueStream().map(item -> item.get("kind").asString()))
                .containsExactly("ENROLMENT_WITHDRAWN", "ENROLMENT_CONFIRMED");
        assertThat(mine.json().get("items").get(1).get("subject").asString())
                .isEqualTo("Je hebt een plek in de deelnemersgroep");
        assertThat(mine.json().get("items").get(1).get("status").asString()).isEqualTo("SENT");
        assertThat(mine.json().get("items").get(1).get("link").asString())
                .isEqualTo(StagedIT.BASE_URL + "/cohorts/" + cohort);
        assertThat(api.get("/api/notifications/mine", Stage.token(Stage.person("other"), "participant")).json()
                .get("totalItems").asInt()).isZero();
    }

    @Test
    void aWaitlistedParticipantLearnsTheirPlaceAndHearsWhenTheyMoveUp() {
        String bram = Stage.person("bram");
        stage.profile(bram, "Bram Jansen");
        UUID cohort = stage.cohort(List.of());

        stage.send(new EnrolmentWaitlisted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, bram,
                stage.nextRosterVersion(cohort), 3));
        MimeMessage waitlisted = smtp.awaitMessageTo(Stage.address(bram), ofKind("ENROLMENT_WAITLISTED", cohort),
                Stage.MAIL);
        assertThat(subject(waitlisted)).isEqualTo("Je staat op de wachtlijst (plek 3)");
        assertThat(text(waitlisted)).contains("op plek 3");

        stage.send(new EnrolmentPromoted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, bram,
                stage.nextRosterVersion(cohort)));
        smtp.awaitMessageTo(Stage.address(bram), ofKind("ENROLMENT_PROMOTED", cohort), Stage.MAIL);
    }

    @Test
    void aRedeliveredEnrolmentFactSendsOneMail() {
        String cas = Stage.person("cas");
        stage.profile(cas, "Cas Bakker");
        UUID cohort = stage.cohort(List.of());

        EnrolmentConfirmed confirmed = stage.confirm(cohort, cas);
        stage.send(confirmed);
        stage.send(confirmed);
        // Same key, so the same partition: once the withdrawal is mailed, the redeliveries before it were handled.
        stage.withdraw(cohort, cas);
        smtp.awaitMessageTo(Stage.address(cas), ofKind("ENROLMENT_WITHDRAWN", cohort), Stage.MAIL);

        assertThat(smtp.messagesTo(Stage.address(cas))).extracting(MailMessages::kind)
                .containsExactlyInAnyOrder("ENROLMENT_CONFIRMED", "ENROLMENT_WITHDRAWN");
    }

    @Test
    void aPoisonRecordGoesToItsDeadLetterTopicAndTheFactsAfterItAreStillMailed() {
        String dirk = Stage.person("dirk");
        stage.profile(dirk, "Dirk Smit");
        UUID cohort = stage.cohort(List.of());
        String type = EventCatalog.of(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                cohort, dirk, 1)).cloudEventType();

        stage.kafka.send(Topics.ENROLMENT_ENROLMENTS, cohort.toString(), type,
                "{\"not\": an enrolment".getBytes(StandardCharsets.UTF_8));
        stage.confirm(cohort, dirk);

        smtp.awaitMessageTo(Stage.address(dirk), ofKind("ENROLMENT_CONFIRMED", cohort), Stage.MAIL);
        await().atMost(Stage.CONVERGENCE).until(() -> stage.kafka.readAll(Topics.ENROLMENT_ENROLMENTS + Topics.DEAD_LETTER_SUFFIX,
                Duration.ofSeconds(1)).stream().map(ConsumerRecord::key).anyMatch(cohort.toString()::equals));
    }

    @Test
    void aMailWhoseAddressArrivesAfterTheEnrolmentIsSentOnceItDoes() {
        String eva = Stage.person("eva");
        UUID cohort = stage.cohort(List.of());

        stage.confirm(cohort, eva);
        await().atMost(Stage.CONVERGENCE).until(() -> mails.of(eva, Paging.first(5)).items()
                .stream().anyMatch(m -> m.kind() == MailKind.ENROLMENT_CONFIRMED && m.attempts() > 0));
        stage.profile(eva, "Eva Mulder");

        smtp.awaitMessageTo(Stage.address(eva), ofKind("ENROLMENT_CONFIRMED", cohort), Stage.MAIL);
    }

    @Test
    void anSmtpOutageDelaysTheMailAndLosesNothing() {
        String fenna = Stage.person("fenna");
        stage.profile(fenna, "Fenna Visser");
        UUID cohort = stage.cohort(List.of());

        smtp.outage(() -> {
            stage.confirm(cohort, fenna);
            // Tried while the server is away, and waiting to be tried again.
            await().atMost(Stage.CONVERGENCE).until(() -> mails.of(fenna, Paging.first(5))
                    .items().stream().anyMatch(m -> m.attempts() > 0 && m.status() == MailStatus.PENDING));
        });

        MimeMessage confirmed = smtp.awaitMessageTo(Stage.address(fenna), ofKind("ENROLMENT_CONFIRMED", cohort),
                Stage.MAIL);
        assertThat(kind(confirmed)).isEqualTo("ENROLMENT_CONFIRMED");
        assertThat(smtp.messagesTo(Stage.address(fenna))).hasSize(1);
    }
}
