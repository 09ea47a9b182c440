package nl.koers.notification;

import static nl.koers.testsupport.MailMessages.html;
import static nl.koers.testsupport.MailMessages.ofKind;
import static nl.koers.testsupport.MailMessages.subject;
import static nl.koers.testsupport.MailMessages.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jakarta.mail.internet.MimeMessage;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortFacts;
import nl.koers.events.FeedbackGiven;
import nl.koers.events.InvitationIssued;
import nl.koers.notification.mail.Mail;
import nl.koers.notification.mail.MailStatus;
import nl.koers.testsupport.MailMessages;
import org.junit.jupiter.api.Test;

/** Feedback received, a completed cohort and invitations, from their facts to the recipients' mailboxes. */
class OtherMailsIT extends StagedIT {

    @Test
    void anInterventionsOwnersHearThereIsFeedbackNeverWhatItSays() {
        String owner = Stage.person("olga");
        String coOwner = Stage.person("otto");
        String bystander = Stage.person("bea");
        for (String person : List.of(owner, coOwner, bystander)) {
            stage.profile(person, "Naam " + person);
        }
        UUID cohort = stage.cohort(List.of(), owner, coOwner, bystander);
        UUID intervention = UUID.randomUUID();

        stage.send(new FeedbackGiven(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), intervention, cohort,
                "PARTICIPANT", List.of(owner, coOwner)));
        // A record from before the owners were named tells nobody.
        stage.send(new FeedbackGiven(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), intervention, cohort,
                "FACILITATOR", null));
        stage.send(new FeedbackGiven(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), intervention, cohort,
                "FACILITATOR", List.of(owner)));

        await().atMost(Stage.MAIL).until(() -> smtp.messagesTo(Stage.address(owner)).stream()
                .filter(ofKind("FEEDBACK_RECEIVED")).count() == 2);
        MimeMessage mail = smtp.awaitMessageTo(Stage.address(coOwner), ofKind("FEEDBACK_RECEIVED"), Stage.MAIL);
        assertThat(subject(mail)).isEqualTo("Je hebt feedback gekregen op je interventie");
        assertThat(text(mail)).contains(StagedIT.BASE_URL + "/interventions/" + intervention);
        assertThat(smtp.messagesTo(Stage.address(coOwner)).stream().filter(ofKind("FEEDBACK_RECEIVED"))).hasSize(1);
        assertThat(smtp.messagesTo(Stage.address(bystander)).stream().filter(ofKind("FEEDBACK_RECEIVED"))).isEmpty();
    }

    @Test
    void aCompletedCohortAsksThoseWhoTookPartToEvaluateIt() {
        String stayed = Stage.person("sanne");
        String left = Stage.person("lars");
        stage.profile(stayed, "Sanne");
        stage.profile(left, "Lars");
        UUID cohort = stage.cohort(List.of(), stayed, left);
        stage.withdraw(cohort, left);
        smtp.awaitMessageTo(Stage.address(left), ofKind("ENROLMENT_WITHDRAWN", cohort), Stage.MAIL);

        stage.send(new CohortCompleted(UUID.randomUUID(), Instant.now(), cohort, 3, new CohortFacts(UUID.randomUUID(),
                "COMPLETED", 30, LocalDate.now().minusMonths(6), LocalDate.now(), null, null, List.of())));

        MimeMessage completed = smtp.awaitMessageTo(Stage.address(stayed), ofKind("COHORT_COMPLETED", cohort),
                Stage.MAIL);
        assertThat(text(completed)).contains(StagedIT.BASE_URL + "/cohorts/" + cohort + "/evaluation");
        assertThat(smtp.messagesTo(Stage.address(left))).extracting(MailMessages::kind)
                .containsExactlyInAnyOrder("ENROLMENT_CONFIRMED", "ENROLMENT_WITHDRAWN");
    }

    @Test
    void anInviteeGetsTheirPersonalLinkAndOnceSentTheMailNoLongerHoldsWhoOrTheSecret() {
        String address = Stage.person("invitee") + "@school-example.nl";
        UUID cohort = stage.cohort(List.of());
        UUID invitation = UUID.randomUUID();
        String token = "c2VjcmV0LXRva2VuLXZhbHVl" + UUID.randomUUID().toString().replace("-", "");

        InvitationIssued issued = new InvitationIssued(UUID.randomUUID(), Instant.now(), invitation, cohort, address,
                "Ilse van Dam", token, Instant.now().plus(Duration.ofDays(20)));
        stage.send(issued);
        stage.send(issued);

        MimeMessage mail = smtp.awaitMessageTo(address, ofKind("INVITATION"), Stage.MAIL);
        assertThat(subject(mail)).isEqualTo("Je bent uitgenodigd voor een ontwikkeltraject in Koers");
        assertThat(text(mail)).startsWith("Beste Ilse van Dam,").contains(StagedIT.BASE_URL + "/invitations/" + token);
        assertThat(html(mail)).contains("href=\"" + StagedIT.BASE_URL + "/invitations/" + token + "\"");

        Mail stored = await().atMost(Stage.CONVERGENCE).until(() -> invitationMail(cohort),
                m -> m != null && m.status() == MailStatus.SENT);
        assertThat(stored.about().invitee().address()).isNull();
        assertThat(stored.about().invitee().name()).isNull();
        assertThat(stored.about().invitee().token()).isNull();
        assertThat(stored.about().invitee().invitationId()).isEqualTo(invitation);
        assertThat(smtp.messagesTo(address)).hasSize(1);
    }

    /** Invitations have no recipient id: they go to someone who is no Koers user yet. */
    private Mail invitationMail(UUID cohort) {
        return mails.allOf(null).stream().filter(m -> cohort.equals(m.about().cohortId())).findFirst().orElse(null);
    }
}
