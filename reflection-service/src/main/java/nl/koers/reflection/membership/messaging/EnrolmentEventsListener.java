package nl.koers.reflection.membership.messaging;

import java.util.UUID;
import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.EnrolmentCompleted;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentEvent;
import nl.koers.events.EnrolmentPromoted;
import nl.koers.events.EnrolmentWaitlisted;
import nl.koers.events.EnrolmentWithdrawn;
import nl.koers.events.Topics;
import nl.koers.reflection.membership.MemberChange;
import nl.koers.reflection.membership.MemberStatus;
import nl.koers.reflection.membership.Memberships;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds enrolment-service's enrolment events into the membership projection. A completion is recorded as
 * COMPLETED rather than skipped, so the projection holds what enrolment-service last said, with its roster
 * version; what a completed participant may do is decided in {@code CohortMembership}. Failures propagate:
 * the shared error handler retries and then dead-letters the record.
 */
@Component
class EnrolmentEventsListener {

    private final Memberships memberships;

    EnrolmentEventsListener(Memberships memberships) {
        this.memberships = memberships;
    }

    @KafkaListener(topics = Topics.ENROLMENT_ENROLMENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, EnrolmentEvent.class).ifPresent(event -> {
            switch (event) {
                case EnrolmentConfirmed e -> record(e.cohortId(), e.participantId(), e.enrolmentId(),
                        MemberStatus.CONFIRMED, e.rosterVersion());
                case EnrolmentWaitlisted e -> record(e.cohortId(), e.participantId(), e.enrolmentId(),
                        MemberStatus.WAITLISTED, e.rosterVersion());
                case EnrolmentPromoted e -> record(e.cohortId(), e.participantId(), e.enrolmentId(),
                        MemberStatus.CONFIRMED, e.rosterVersion());
                case EnrolmentWithdrawn e -> record(e.cohortId(), e.participantId(), e.enrolmentId(),
                        MemberStatus.WITHDRAWN, e.rosterVersion());
                case EnrolmentCompleted e -> record(e.cohortId(), e.participantId(), e.enrolmentId(),
                        MemberStatus.COMPLETED, e.rosterVersion());
            }
        });
    }

    private void record(UUID cohortId, String participantId, UUID enrolmentId, MemberStatus status, long version) {
        memberships.record(new MemberChange(cohortId, participantId, enrolmentId, status, version));
    }
}
