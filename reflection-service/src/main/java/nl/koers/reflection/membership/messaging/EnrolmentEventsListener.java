package nl.koers.reflection.membership.messaging;

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
 * the shared error handler retries and then dead-letters the record. A fact that predates the participant's
 * erasure, or the end of its cohort's retention period, is skipped: arriving late or replayed, it would bring back
 * the place of someone who is no longer named here. So is the withdrawal that erasing causes in enrolment-service
 * (it withdraws an erased participant's active enrolments first): it may happen after this service's erasure, but
 * a withdrawal from a cohort where an erased participant holds no place here has nothing to record.
 */
@Component
class EnrolmentEventsListener {

    private final Memberships memberships;
    private final ErasedParticipants erasedParticipants;

    EnrolmentEventsListener(Memberships memberships, ErasedParticipants erasedParticipants) {
        this.memberships = memberships;
        this.erasedParticipants = erasedParticipants;
    }

    @KafkaListener(topics = Topics.ENROLMENT_ENROLMENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, EnrolmentEvent.class).ifPresent(event -> {
            switch (event) {
                case EnrolmentConfirmed e -> record(e.cohortId(), e.participantId(), e.enrolmentId(),
                        MemberStatus.CONFIRMED, e.rosterVersion(), e.occurredAt());
                case EnrolmentWaitlisted e -> record(e.cohortId(), e.participantId(), e.enrolmentId(),
                        MemberStatus.WAITLISTED, e.rosterVersion(), e.occurredAt());
                case EnrolmentPromoted e -> record(e.cohortId(), e.participantId(), e.enrolmentId(),
                        MemberStatus.CONFIRMED, e.rosterVersion(), e.occurredAt());
                case EnrolmentWithdrawn e -> record(e.cohortId(), e.participantId(), e.enrolmentId(),
                        MemberStatus.WITHDRAWN, e.rosterVersion(), e.occurredAt());
                case EnrolmentCompleted e -> record(e.cohortId(), e.participantId(), e.enrolmentId(),
                        MemberStatus.COMPLETED, e.rosterVersion(), e.occurredAt());
            }
        });
    }

    private void record(UUID cohortId, String participantId, UUID enrolmentId, MemberStatus status, long version,
                        Instant occurredAt) {
        if (erasedParticipants.erasedSince(participantId, occurredAt)
                || memberships.personalDataExpiredSince(cohortId, occurredAt)
                || status == MemberStatus.WITHDRAWN && wasErased(participantId)
                        && memberships.of(cohortId).statusOf(participantId).isEmpty()) {
            return;
        }
        memberships.record(new MemberChange(cohortId, participantId, enrolmentId, status, version));
    }

    private boolean wasErased(String participantId) {
        return erasedParticipants.erasedSince(participantId, Instant.EPOCH);
    }
}
