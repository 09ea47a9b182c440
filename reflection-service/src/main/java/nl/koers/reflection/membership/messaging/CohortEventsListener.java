package nl.koers.reflection.membership.messaging;

import java.util.UUID;
import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.CohortCancelled;
import nl.koers.events.CohortClosed;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortEvent;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.CohortRetentionExpired;
import nl.koers.events.Topics;
import nl.koers.reflection.membership.CohortChange;
import nl.koers.reflection.membership.Memberships;
import nl.koers.reflection.privacy.ErasureService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds trajectory-service's cohort events into the membership projection: trajectory, status and facilitators.
 * Every cohort event carries the cohort's facts whole, so each one is recorded the same way and the newest wins.
 * A completed cohort is recorded too: its run is over, which lets its participants evaluate it. The end of a
 * cohort's retention period erases its personal data here; it comes on this topic, so it is handled in order with
 * the cohort's other facts by this one listener.
 */
@Component
class CohortEventsListener {

    private final Memberships memberships;
    private final ErasureService erasure;

    CohortEventsListener(Memberships memberships, ErasureService erasure) {
        this.memberships = memberships;
        this.erasure = erasure;
    }

    @KafkaListener(topics = Topics.TRAJECTORY_COHORTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, CohortEvent.class).ifPresent(event -> {
            switch (event) {
                case CohortPlanned e -> record(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortOpened e -> record(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortClosed e -> record(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortCompleted e -> record(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortCancelled e -> record(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortRetentionExpired e -> erasure.expire(e.cohortId(), e.endedOn(), e.retentionMonths());
            }
        });
    }

    private void record(UUID cohortId, long version, CohortFacts facts) {
        memberships.record(new CohortChange(cohortId, facts.trajectoryId(), facts.status(), facts.facilitatorIds(),
                version));
    }
}
