package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/** An organiser closed a cohort's enrolment. {@code cohortVersion} grows with every change of the cohort. */
public record CohortClosed(UUID eventId, Instant occurredAt, UUID cohortId, long cohortVersion, CohortFacts cohort)
        implements CohortEvent {

    @Override
    public String subject() {
        return cohortId.toString();
    }
}
