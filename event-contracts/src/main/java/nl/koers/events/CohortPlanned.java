package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/** An organiser planned a cohort of a trajectory. {@code cohortVersion} grows with every change of the cohort. */
public record CohortPlanned(UUID eventId, Instant occurredAt, UUID cohortId, long cohortVersion, CohortFacts cohort)
        implements CohortEvent {

    @Override
    public String subject() {
        return cohortId.toString();
    }
}
