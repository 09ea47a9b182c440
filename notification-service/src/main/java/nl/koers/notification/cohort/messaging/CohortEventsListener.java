package nl.koers.notification.cohort.messaging;

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
import nl.koers.notification.cohort.Rosters;
import nl.koers.notification.mail.MailPlanner;
import nl.koers.notification.privacy.ErasureService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each cohort's status and facilitators from trajectory-service's cohort events (every one carries the facts
 * whole, the newest version wins), mails a completed cohort's participants, and erases a cohort's mails when its
 * retention period ends; on this topic, so in order with the cohort's other facts.
 */
@Component
class CohortEventsListener {

    private final Rosters rosters;
    private final MailPlanner planner;
    private final ErasureService erasure;

    CohortEventsListener(Rosters rosters, MailPlanner planner, ErasureService erasure) {
        this.rosters = rosters;
        this.planner = planner;
        this.erasure = erasure;
    }

    @KafkaListener(topics = Topics.TRAJECTORY_COHORTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, CohortEvent.class).ifPresent(event -> {
            switch (event) {
                case CohortPlanned e -> record(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortOpened e -> record(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortClosed e -> record(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortCancelled e -> record(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortCompleted e -> {
                    // Mailed when this is the newest fact held (also when it is delivered again: its mails dedupe).
                    if (record(e.cohortId(), e.cohortVersion(), e.cohort()) == e.cohortVersion()) {
                        planner.cohortCompleted(e.eventId(), e.occurredAt(), e.cohortId());
                    }
                }
                case CohortRetentionExpired e -> erasure.expire(e.cohortId(), e.endedOn(), e.retentionMonths());
            }
        });
    }

    private long record(UUID cohortId, long version, CohortFacts facts) {
        return rosters.recordCohort(cohortId, facts.status(), facts.facilitatorIds(), version);
    }
}
