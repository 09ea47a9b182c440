package nl.koers.notification;

import static nl.koers.testsupport.MailMessages.meeting;
import static nl.koers.testsupport.MailMessages.ofKind;
import static nl.koers.testsupport.MailMessages.subject;
import static nl.koers.testsupport.MailMessages.text;
import static nl.koers.testsupport.MailMessages.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import nl.koers.events.SessionCancelled;
import nl.koers.events.SessionFacts;
import nl.koers.events.SessionRescheduled;
import nl.koers.events.SessionScheduled;
import nl.koers.defaults.web.Paging;
import nl.koers.notification.mail.Delivery;
import nl.koers.notification.mail.MailKind;
import nl.koers.notification.mail.MailStatus;
import nl.koers.notification.mail.ReminderRound;
import nl.koers.notification.session.Reminder;
import nl.koers.notification.session.Sessions;
import nl.koers.testsupport.MailMessages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A session's mails as calendar programs get them: the meeting invitation when it is scheduled, an update of the
 * same meeting with a higher SEQUENCE when it moves, its cancellation, to the cohort's confirmed participants and its
 * facilitators; and the reminder before it, once.
 */
class SessionMailIT extends StagedIT {

    @Autowired
    Delivery delivery;

    @Autowired
    ReminderRound reminderRound;

    @Test
    void aScheduledMovedAndCancelledSessionIsOneMeetingForParticipantsAndFacilitators() {
        String anna = Stage.person("anna");
        String waitlisted = Stage.person("wim");
        String facilitator = Stage.person("begeleider");
        String facilitatorAddress = facilitator + "@koers.test";
        stage.profile(anna, "Anna de Vries");
        stage.profile(waitlisted, "Wim Kok");
        assertThat(api.put("/api/notifications/address", SignInTokens.mint(facilitator, "facilitator",
                facilitatorAddress, "Fleur Begeleider"), null).status()).isEqualTo(204);
        UUID cohort = stage.cohort(List.of(facilitator), anna);

        Instant start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);
        SessionScheduled scheduled = stage.session(cohort, start, "Startbijeenkomst", "ROC Midden, Utrecht, lokaal 2.14");
        UUID session = scheduled.sessionId();

        MimeMessage invitation = smtp.awaitMessageTo(Stage.address(anna), ofKind("SESSION_SCHEDULED", cohort), Stage.MAIL);
        MimeMessage facilitatorsInvitation = smtp.awaitMessageTo(facilitatorAddress, ofKind("SESSION_SCHEDULED", cohort),
                Stage.MAIL);
        VEvent invited = meeting(invitation, "REQUEST");
        assertThat(value(invited, Property.UID)).isEqualTo(session + "@koers")
                .isEqualTo(value(meeting(facilitatorsInvitation, "REQUEST"), Property.UID));
        assertThat(value(invited, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(invited, Property.DTSTART)).isEqualTo(ical(start));
        assertThat(value(invited, Property.SUMMARY)).isEqualTo("Startbijeenkomst");
        assertThat(value(invited, Property.LOCATION)).isEqualTo("ROC Midden, Utrecht, lokaal 2.14");
        Attendee attendee = invited.<Attendee>getProperty(Property.ATTENDEE).orElseThrow();
        assertThat(attendee.getValue()).isEqualToIgnoringCase("mailto:" + Stage.address(anna));
        assertThat(attendee.<Parameter>getParameter(Parameter.RSVP).orElseThrow().getValue()).isEqualTo("FALSE");
        assertThat(MailMessages.attachments(invitation)).containsExactly("invite.ics");
        assertThat(text(facilitatorsInvitation)).startsWith("Beste Fleur Begeleider,");
        assertThat(subject(invitation)).isEqualTo("Nieuwe bijeenkomst: Startbijeenkomst");

        Instant moved = start.plus(Duration.ofDays(1));
        stage.send(new SessionRescheduled(UUID.randomUUID(), Instant.now(), session, 2, facts(cohort, moved, "SCHEDULED")));
        VEvent update = meeting(smtp.awaitMessageTo(Stage.address(anna), ofKind("SESSION_RESCHEDULED", cohort),
                Stage.MAIL), "REQUEST");
        VEvent facilitatorsUpdate = meeting(smtp.awaitMessageTo(facilitatorAddress, ofKind("SESSION_RESCHEDULED", cohort),
                Stage.MAIL), "REQUEST");
        for (VEvent event : List.of(update, facilitatorsUpdate)) {
            assertThat(value(event, Property.UID)).isEqualTo(session + "@koers");
            assertThat(Integer.parseInt(value(event, Property.SEQUENCE)))
                    .isGreaterThan(Integer.parseInt(value(invited, Property.SEQUENCE)));
            assertThat(value(event, Property.DTSTART)).isEqualTo(ical(moved));
        }

        stage.send(new SessionCancelled(UUID.randomUUID(), Instant.now(), session, 3, facts(cohort, moved, "CANCELLED")));
        VEvent cancellation = meeting(smtp.awaitMessageTo(Stage.address(anna), ofKind("SESSION_CANCELLED", cohort),
                Stage.MAIL), "CANCEL");
        assertThat(value(cancellation, Property.UID)).isEqualTo(session + "@koers");
        assertThat(value(cancellation, Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(cancellation, Property.STATUS)).isEqualTo("CANCELLED");
        smtp.awaitMessageTo(facilitatorAddress, ofKind("SESSION_CANCELLED", cohort), Stage.MAIL);

        // Only the cohort's confirmed participants and facilitators hear of it.
        assertThat(smtp.messagesTo(Stage.address(waitlisted))).isEmpty();
        assertThat(sessions.find(session).orElseThrow().reminder()).as("a cancelled session's reminder").isNull();
    }

    @Test
    void someoneWhoTurnedSessionChangesOffGetsNoMeetingMail() {
        String quiet = Stage.person("quinten");
        String keen = Stage.person("karin");
        stage.profile(quiet, "Quinten");
        stage.profile(keen, "Karin");
        assertThat(api.put("/api/notifications/preferences", Stage.token(quiet, "participant"), Map.of("language", "nl",
                "topics", Map.of("SEAT", true, "SESSION_CHANGES", false, "SESSION_REMINDERS", true, "FEEDBACK", true,
                        "COHORT_COMPLETED", true))).status()).isEqualTo(200);
        UUID cohort = stage.cohort(List.of(), quiet, keen);

        stage.session(cohort, Instant.now().plus(Duration.ofDays(5)), "Tweede bijeenkomst", null);

        // Both mails of the fact are made together: once Karin's is there, Quinten's would have been too.
        smtp.awaitMessageTo(Stage.address(keen), ofKind("SESSION_SCHEDULED", cohort), Stage.MAIL);
        assertThat(smtp.messagesTo(Stage.address(quiet))).extracting(MailMessages::kind)
                .containsOnly("ENROLMENT_CONFIRMED");
    }

    @Test
    void aSessionIsRemindedOnceTheLeadBeforeItStartsAndNotWhenScheduledCloserThanThat() {
        String rosa = Stage.person("rosa");
        stage.profile(rosa, "Rosa Smit");
        UUID cohort = stage.cohort(List.of(), rosa);

        // The lead is one hour here: the reminder is due a few seconds from now.
        SessionScheduled soon = stage.session(cohort, Instant.now().plus(Duration.ofHours(1)).plusSeconds(3),
                "Terugkombijeenkomst", "Utrecht");
        SessionScheduled tooSoon = stage.session(cohort, Instant.now().plus(Duration.ofMinutes(30)), "Extra", null);
        assertThat(sessions.find(tooSoon.sessionId()).orElseThrow().reminder()).isNull();

        MimeMessage reminder = smtp.awaitMessageTo(Stage.address(rosa), ofKind("SESSION_REMINDER", cohort), Stage.MAIL);
        assertThat(subject(reminder)).startsWith("Herinnering: Terugkombijeenkomst op ");
        await().atMost(Stage.CONVERGENCE).until(() -> sessions.find(soon.sessionId()).map(Sessions.Held::reminder)
                .map(Reminder::state).orElse(null) == Reminder.State.DONE);
        assertThat(smtp.messagesTo(Stage.address(rosa)).stream().filter(ofKind("SESSION_REMINDER"))).hasSize(1);
        assertThat(smtp.messagesTo(Stage.address(rosa)).stream().filter(m -> text(m).contains("Extra"))
                .map(MailMessages::kind)).containsExactly("SESSION_SCHEDULED");
    }

    @Test
    void manySendersRacingForTheSameMailsSendEachOnce() throws Exception {
        List<String> participants = new ArrayList<>();
        for (int n = 0; n < 12; n++) {
            participants.add(Stage.person("racer" + n));
        }
        // One mailbox for all of them, so that it counts every mail once.
        String mailbox = Stage.person("racers") + "@roc-example.nl";
        stage.profiles(participants, mailbox);
        UUID cohort = stage.cohort(List.of(), participants.toArray(String[]::new));
        awaitSent(participants, MailKind.ENROLMENT_CONFIRMED);

        // Besides this instance's own senders, three more, as other instances would be.
        try (ExecutorService others = Executors.newFixedThreadPool(3)) {
            AtomicBoolean racing = new AtomicBoolean(true);
            for (int n = 0; n < 3; n++) {
                others.submit(() -> {
                    while (racing.get()) {
                        delivery.sendDue();
                        reminderRound.sendDue();
                        Thread.sleep(10);
                    }
                    return null;
                });
            }
            stage.session(cohort, Instant.now().plus(Duration.ofHours(1)).plusSeconds(2), "Drukke bijeenkomst", null);
            awaitSent(participants, MailKind.SESSION_SCHEDULED);
            awaitSent(participants, MailKind.SESSION_REMINDER);
            racing.set(false);
        }

        List<MimeMessage> received = smtp.messagesTo(mailbox);
        assertThat(received).hasSize(3 * participants.size());
        for (String kind : List.of("ENROLMENT_CONFIRMED", "SESSION_SCHEDULED", "SESSION_REMINDER")) {
            // Each participant's mail of each kind once: their greeting names them.
            assertThat(received.stream().filter(ofKind(kind)).map(m -> text(m).lines().findFirst().orElseThrow()))
                    .containsExactlyInAnyOrderElementsOf(participants.stream().map(p -> "Beste " + p + ",").toList());
        }
    }

    /** Until the service recorded each participant's mail of {@code kind} as taken by the SMTP server. */
    private void awaitSent(List<String> participants, MailKind kind) {
        await().atMost(Stage.MAIL).until(() -> participants.stream().allMatch(p -> mails.of(p, Paging.first(10)).items()
                .stream().anyMatch(m -> m.kind() == kind && m.status() == MailStatus.SENT)));
    }

    private static SessionFacts facts(UUID cohort, Instant start, String status) {
        return new SessionFacts(cohort, UUID.randomUUID(), 1, start, start.plus(Duration.ofHours(3)), status,
                "Startbijeenkomst", "ROC Midden, Utrecht, lokaal 2.14", null);
    }

    private static String ical(Instant instant) {
        return instant.toString().replace("-", "").replace(":", "").replace(".000", "");
    }
}
