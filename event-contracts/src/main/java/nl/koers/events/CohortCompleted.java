package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An organiser completed a cohort: its run is over and its figures are final. enrolment-service marks the
 * confirmed enrolments COMPLETED in answer. {@code cohortVersion} grows with every change of the cohort.
 */
public record CohortCompleted(UUID eventId, Instant occurredAt, UUID cohortId, long cohortVersion, CohortFacts cohort)
        implements CohortEvent {

    @Override
    public String subject() {
        return cohortId.toString();
    }
}
