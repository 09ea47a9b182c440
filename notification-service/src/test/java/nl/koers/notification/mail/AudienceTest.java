package nl.koers.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.notification.cohort.MemberStatus;
import nl.koers.notification.cohort.Roster;
import nl.koers.notification.preference.Language;
import nl.koers.notification.preference.Preferences;
import nl.koers.notification.preference.Topic;
import nl.koers.notification.session.SessionDetails;
import org.junit.jupiter.api.Test;

/** Who gets which mail, without Spring. */
class AudienceTest {

    private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");

    private final Roster roster = new Roster(UUID.randomUUID(), "OPEN", List.of("facilitator1", "facilitator2"),
            Map.of("anna", MemberStatus.CONFIRMED, "bram", MemberStatus.WAITLISTED, "cas", MemberStatus.WITHDRAWN,
                    "dirk", MemberStatus.CONFIRMED, "eva", MemberStatus.COMPLETED));

    @Test
    void aSessionsMailsGoToItsConfirmedParticipantsAndFacilitatorsOnly() {
        assertThat(Audience.ofSession(roster)).containsExactly("anna", "dirk", "facilitator1", "facilitator2");
    }

    @Test
    void aFacilitatorWhoIsAlsoAConfirmedParticipantIsMailedOnce() {
        Roster both = new Roster(UUID.randomUUID(), "OPEN", List.of("anna"), Map.of("anna", MemberStatus.CONFIRMED));
        assertThat(Audience.ofSession(both)).containsExactly("anna");
    }

    @Test
    void aCompletedCohortIsMailedToThoseWhoTookPartToTheEnd() {
        assertThat(Audience.ofCompletion(roster)).containsExactly("anna", "dirk", "eva");
    }

    @Test
    void feedbackGoesToTheInterventionsOwnersEachOnceAndToNobodyWhenTheFactNamesNone() {
        assertThat(Audience.ofFeedback(Arrays.asList("anna", "dirk", "anna", null, " "))).containsExactly("anna", "dirk");
        assertThat(Audience.ofFeedback(null)).isEmpty();
    }

    @Test
    void aSeatMailGoesToTheParticipantWhosePlaceChanged() {
        assertThat(Audience.ofSeat("anna")).containsExactly("anna");
        assertThat(Audience.ofSeat(null)).isEmpty();
    }

    @Test
    void aTopicTurnedOffMakesNoMailButTheSeatMailsAndInvitationsAlwaysGo() {
        Preferences quiet = new Preferences("anna", Language.NL, Map.of(Topic.SEAT, true,
                Topic.SESSION_CHANGES, false, Topic.SESSION_REMINDERS, false, Topic.FEEDBACK, false,
                Topic.COHORT_COMPLETED, false), 3);
        Map<String, Preferences> stored = Map.of("anna", quiet);
        List<String> people = List.of("anna", "dirk");

        assertThat(Audience.wanting(MailKind.SESSION_RESCHEDULED, people, stored)).containsExactly("dirk");
        assertThat(Audience.wanting(MailKind.SESSION_REMINDER, people, stored)).containsExactly("dirk");
        assertThat(Audience.wanting(MailKind.FEEDBACK_RECEIVED, people, stored)).containsExactly("dirk");
        assertThat(Audience.wanting(MailKind.COHORT_COMPLETED, people, stored)).containsExactly("dirk");
        assertThat(Audience.wanting(MailKind.ENROLMENT_WITHDRAWN, people, stored)).containsExactly("anna", "dirk");
        assertThat(Audience.wanting(MailKind.INVITATION, people, stored)).containsExactly("anna", "dirk");
    }

    @Test
    void everyKindBelongsToTheTopicItIsSwitchedBy() {
        assertThat(Arrays.stream(MailKind.values()).filter(k -> k.topic() == Topic.SEAT))
                .containsExactly(MailKind.ENROLMENT_CONFIRMED, MailKind.ENROLMENT_WAITLISTED,
                        MailKind.ENROLMENT_PROMOTED, MailKind.ENROLMENT_WITHDRAWN);
        assertThat(Arrays.stream(MailKind.values()).filter(k -> k.meetingMethod() != null))
                .containsExactly(MailKind.SESSION_SCHEDULED, MailKind.SESSION_RESCHEDULED, MailKind.SESSION_CANCELLED);
        assertThat(MailKind.SESSION_CANCELLED.meetingMethod()).isEqualTo("CANCEL");
        assertThat(MailKind.INVITATION.topic()).isNull();
    }

    @Test
    void aFactOlderThanTheHorizonMakesNoMail() {
        Duration horizon = Duration.ofDays(3);
        assertThat(Audience.recent(NOW.minus(Duration.ofDays(2)), NOW, horizon)).isTrue();
        assertThat(Audience.recent(NOW.minus(Duration.ofDays(4)), NOW, horizon)).isFalse();
        assertThat(Audience.recent(null, NOW, horizon)).isFalse();
    }

    @Test
    void aSessionThatIsOverIsNoNews() {
        assertThat(Audience.upcoming(session(NOW.plusSeconds(3600), NOW.plusSeconds(7200)), NOW)).isTrue();
        assertThat(Audience.upcoming(session(NOW.minusSeconds(3600), NOW.plusSeconds(60)), NOW)).isTrue();
        assertThat(Audience.upcoming(session(NOW.minusSeconds(7200), NOW.minusSeconds(3600)), NOW)).isFalse();
    }

    private static SessionDetails session(Instant start, Instant end) {
        return new SessionDetails(UUID.randomUUID(), UUID.randomUUID(), 1, start, end, null, null, null, false, 1);
    }
}
