package nl.koers.enrolment.messaging;

import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.enrolment.enrolment.CohortTerms;
import nl.koers.enrolment.enrolment.EnrolmentService;
import nl.koers.events.CohortCancelled;
import nl.koers.events.CohortClosed;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps each roster's cohort terms (status, capacity, enrolment window) in step with trajectory-service. */
@Component
class CohortFactsListener {

    private final EnrolmentService enrolments;

    CohortFactsListener(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @KafkaListener(topics = Topics.TRAJECTORY_COHORTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record).ifPresent(event -> {
            switch (event) {
                case CohortPlanned e -> apply(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortOpened e -> apply(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortClosed e -> apply(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortCancelled e -> apply(e.cohortId(), e.cohortVersion(), e.cohort());
                case CohortCompleted e -> apply(e.cohortId(), e.cohortVersion(), e.cohort());
                default -> {
                }
            }
        });
    }

    private void apply(java.util.UUID cohortId, long cohortVersion, CohortFacts facts) {
        enrolments.applyCohortFacts(cohortId, cohortVersion, new CohortTerms(facts.trajectoryId(), facts.status(),
                facts.capacity(), facts.enrolmentOpensAt(), facts.enrolmentClosesAt()));
    }
}
