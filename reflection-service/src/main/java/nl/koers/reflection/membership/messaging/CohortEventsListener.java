package nl.koers.reflection.membership.messaging;

import java.util.UUID;
import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.CohortCancelled;
import nl.koers.events.CohortClosed;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.Topics;
import nl.koers.reflection.membership.CohortChange;
import nl.koers.reflection.membership.Memberships;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds trajectory-service's cohort events into the membership projection: trajectory, status and facilitators. */
@Component
class CohortEventsListener {

    private final Memberships memberships;

    CohortEventsListener(Memberships memberships) {
        this.memberships = memberships;
    }

    @KafkaListener(topics = Topics.TRAJECTORY_COHORTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record).ifPresent(event -> {
            switch (event) {
                case CohortPlanned e -> record(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortOpened e -> record(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortClosed e -> record(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortCancelled e -> record(e.cohortId(), e.cohortVersion(), e.cohort());
                default -> {
                    // Another type on this topic: no membership change.
                }
            }
        });
    }

    private void record(UUID cohortId, long version, CohortFacts facts) {
        memberships.record(new CohortChange(cohortId, facts.trajectoryId(), facts.status(), facts.facilitatorIds(),
                version));
    }
}
