package nl.koers.trajectory.roster.messaging;

import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.EnrolmentCompleted;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentEvent;
import nl.koers.events.EnrolmentPromoted;
import nl.koers.events.EnrolmentWaitlisted;
import nl.koers.events.EnrolmentWithdrawn;
import nl.koers.events.Topics;
import nl.koers.trajectory.roster.RosterEntry;
import nl.koers.trajectory.roster.RosterService;
import nl.koers.trajectory.roster.RosterStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds enrolment-service's enrolment events into the roster projection. Failures propagate: the shared
 * error handler retries and then dead-letters the record.
 */
@Component
class EnrolmentEventsListener {

    private final RosterService roster;

    EnrolmentEventsListener(RosterService roster) {
        this.roster = roster;
    }

    @KafkaListener(topics = Topics.ENROLMENT_ENROLMENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, EnrolmentEvent.class).ifPresent(event -> {
            switch (event) {
                case EnrolmentConfirmed e -> roster.apply(new RosterEntry(e.enrolmentId(), e.cohortId(),
                        e.participantId(), e.displayName(), e.institution(), RosterStatus.CONFIRMED, e.rosterVersion()));
                case EnrolmentWaitlisted e -> roster.apply(new RosterEntry(e.enrolmentId(), e.cohortId(),
                        e.participantId(), e.displayName(), e.institution(), RosterStatus.WAITLISTED, e.rosterVersion()));
                case EnrolmentPromoted e -> roster.apply(new RosterEntry(e.enrolmentId(), e.cohortId(),
                        e.participantId(), e.displayName(), e.institution(), RosterStatus.CONFIRMED, e.rosterVersion()));
                case EnrolmentWithdrawn e -> roster.apply(new RosterEntry(e.enrolmentId(), e.cohortId(),
                        e.participantId(), e.displayName(), e.institution(), RosterStatus.WITHDRAWN, e.rosterVersion()));
                case EnrolmentCompleted e -> roster.apply(new RosterEntry(e.enrolmentId(), e.cohortId(),
                        e.participantId(), e.displayName(), e.institution(), RosterStatus.COMPLETED, e.rosterVersion()));
            }
        });
    }
}
