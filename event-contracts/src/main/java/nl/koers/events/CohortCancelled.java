package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/** An organiser cancelled a cohort. {@code cohortVersion} grows with every change of the cohort. */
public record CohortCancelled(UUID eventId, Instant occurredAt, UUID cohortId, long cohortVersion, CohortFacts cohort)
        implements CohortEvent {

    @Override
    public String subject() {
        return cohortId.toString();
    }
}
