package nl.koers.enrolment.messaging;

import java.util.UUID;
import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.enrolment.enrolment.CohortTerms;
import nl.koers.enrolment.enrolment.EnrolmentService;
import nl.koers.enrolment.privacy.RetentionService;
import nl.koers.events.CohortCancelled;
import nl.koers.events.CohortClosed;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortEvent;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.CohortRetentionExpired;
import nl.koers.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each roster's cohort terms (status, capacity, enrolment window) in step with trajectory-service. Every
 * cohort fact carries the cohort's full facts, so each one is applied the same way, except the end of a cohort's
 * retention period, which erases its personal data here. One listener for the topic, so that its facts keep their
 * order per cohort. The switch has no default, so a fact added to {@link CohortEvent} fails this build until it
 * is handled here.
 */
@Component
class CohortFactsListener {

    private final EnrolmentService enrolments;
    private final RetentionService retention;

    CohortFactsListener(EnrolmentService enrolments, RetentionService retention) {
        this.enrolments = enrolments;
        this.retention = retention;
    }

    @KafkaListener(topics = Topics.TRAJECTORY_COHORTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, CohortEvent.class).ifPresent(event -> {
            switch (event) {
                case CohortPlanned e -> apply(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortOpened e -> apply(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortClosed e -> apply(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortCancelled e -> apply(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortCompleted e -> apply(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortRetentionExpired e -> retention.expire(e);
            }
        });
    }

    private void apply(UUID cohortId, long cohortVersion, CohortFacts facts) {
        enrolments.applyCohortFacts(cohortId, cohortVersion, new CohortTerms(facts.trajectoryId(), facts.status(),
                facts.capacity(), facts.enrolmentOpensAt(), facts.enrolmentClosesAt()));
    }
}
