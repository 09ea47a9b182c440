package nl.koers.trajectory.roster.messaging;

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
import nl.koers.trajectory.FormerParticipants;
import nl.koers.trajectory.roster.RosterEntry;
import nl.koers.trajectory.roster.RosterService;
import nl.koers.trajectory.roster.RosterStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds enrolment-service's enrolment events into the roster projection. Enrolment facts carry no name: the
 * roster shows one once the participant's profile arrives. A fact about a participant that predates their
 * erasure still moves the enrolment's status (the seat counts stay right) but names a former participant, so a
 * late or replayed fact never brings the erased participant back. Failures propagate: the shared error handler
 * retries and then dead-letters the record.
 */
@Component
class EnrolmentEventsListener {

    private final RosterService roster;
    private final ErasedParticipants erased;

    EnrolmentEventsListener(RosterService roster, ErasedParticipants erased) {
        this.roster = roster;
        this.erased = erased;
    }

    @KafkaListener(topics = Topics.ENROLMENT_ENROLMENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, EnrolmentEvent.class).ifPresent(event -> {
            switch (event) {
                case EnrolmentConfirmed e -> apply(e.enrolmentId(), e.cohortId(), e.participantId(), e.occurredAt(),
                        RosterStatus.CONFIRMED, e.rosterVersion());
                case EnrolmentWaitlisted e -> apply(e.enrolmentId(), e.cohortId(), e.participantId(), e.occurredAt(),
                        RosterStatus.WAITLISTED, e.rosterVersion());
                case EnrolmentPromoted e -> apply(e.enrolmentId(), e.cohortId(), e.participantId(), e.occurredAt(),
                        RosterStatus.CONFIRMED, e.rosterVersion());
                case EnrolmentWithdrawn e -> apply(e.enrolmentId(), e.cohortId(), e.participantId(), e.occurredAt(),
                        RosterStatus.WITHDRAWN, e.rosterVersion());
                case EnrolmentCompleted e -> apply(e.enrolmentId(), e.cohortId(), e.participantId(), e.occurredAt(),
                        RosterStatus.COMPLETED, e.rosterVersion());
            }
        });
    }

    private void apply(UUID enrolmentId, UUID cohortId, String participantId, Instant occurredAt, RosterStatus status,
                       long rosterVersion) {
        String shown = participantId != null && erased.erasedSince(participantId, occurredAt)
                ? FormerParticipants.ofEnrolment(enrolmentId) : participantId;
        roster.apply(new RosterEntry(enrolmentId, cohortId, shown, null, null, status, rosterVersion));
    }
}
