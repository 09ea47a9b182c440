package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/** An organiser opened a cohort for enrolment. {@code cohortVersion} grows with every change of the cohort. */
public record CohortOpened(UUID eventId, Instant occurredAt, UUID cohortId, long cohortVersion, CohortFacts cohort)
        implements CohortEvent {

    @Override
    public String subject() {
        return cohortId.toString();
    }
}
