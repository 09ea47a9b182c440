package nl.koers.notification.cohort.messaging;

import java.time.Instant;
import java.util.UUID;
import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.events.EnrolmentCompleted;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentEvent;
import nl.koers.events.EnrolmentPromoted;
import nl.koers.events.EnrolmentWaitlisted;
import nl.koers.events.EnrolmentWithdrawn;
import nl.koers.events.Topics;
import nl.koers.notification.cohort.MemberStatus;
import nl.koers.notification.cohort.Rosters;
import nl.koers.notification.mail.MailKind;
import nl.koers.notification.mail.MailPlanner;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each participant's place in a cohort (by roster version) and mails the seat changes: confirmed, waitlisted
 * with the place, promoted, withdrawn. A completion is recorded (it decides who is asked to evaluate) but not
 * mailed: the cohort's completion is, once. A fact that predates the participant's erasure or the cohort's expiry
 * is skipped whole: replayed, it would bring back someone this service no longer names.
 */
@Component
class EnrolmentEventsListener {

    private final Rosters rosters;
    private final MailPlanner planner;
    private final ErasedParticipants erased;

    EnrolmentEventsListener(Rosters rosters, MailPlanner planner, ErasedParticipants erased) {
        this.rosters = rosters;
        this.planner = planner;
        this.erased = erased;
    }

    @KafkaListener(topics = Topics.ENROLMENT_ENROLMENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, EnrolmentEvent.class).ifPresent(event -> {
            switch (event) {
                case EnrolmentConfirmed e -> seat(e.eventId(), e.occurredAt(), e.cohortId(), e.participantId(),
                        e.rosterVersion(), MemberStatus.CONFIRMED, MailKind.ENROLMENT_CONFIRMED, null);
                case EnrolmentWaitlisted e -> seat(e.eventId(), e.occurredAt(), e.cohortId(), e.participantId(),
                        e.rosterVersion(), MemberStatus.WAITLISTED, MailKind.ENROLMENT_WAITLISTED,
                        // Records of the first version carried no place; 0 reads as unknown.
                        e.waitlistPosition() > 0 ? e.waitlistPosition() : null);
                case EnrolmentPromoted e -> seat(e.eventId(), e.occurredAt(), e.cohortId(), e.participantId(),
                        e.rosterVersion(), MemberStatus.CONFIRMED, MailKind.ENROLMENT_PROMOTED, null);
                case EnrolmentWithdrawn e -> seat(e.eventId(), e.occurredAt(), e.cohortId(), e.participantId(),
                        e.rosterVersion(), MemberStatus.WITHDRAWN, MailKind.ENROLMENT_WITHDRAWN, null);
                case EnrolmentCompleted e -> seat(e.eventId(), e.occurredAt(), e.cohortId(), e.participantId(),
                        e.rosterVersion(), MemberStatus.COMPLETED, null, null);
            }
        });
    }

    private void seat(UUID eventId, Instant occurredAt, UUID cohortId, String participantId, long rosterVersion,
                      MemberStatus status, MailKind kind, Integer position) {
        if (erased.erasedSince(participantId, occurredAt) || rosters.expiredSince(cohortId, occurredAt)) {
            return;
        }
        rosters.recordMember(cohortId, participantId, status, rosterVersion);
        if (kind != null) {
            planner.seat(kind, eventId, occurredAt, cohortId, participantId, position);
        }
    }
}
