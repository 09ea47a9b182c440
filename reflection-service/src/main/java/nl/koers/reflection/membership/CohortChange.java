package nl.koers.reflection.membership;

import java.util.List;
import java.util.UUID;

/**
 * A cohort's new status, trajectory and facilitators. {@code status} stays a string, as in the event, so a
 * status added later in trajectory-service is kept rather than refused. {@code cohortVersion} orders the
 * changes. The trajectory tells which evaluation items apply to the cohort.
 */
public record CohortChange(UUID cohortId, UUID trajectoryId, String status, List<String> facilitatorIds,
                           long cohortVersion) {

    public CohortChange {
        facilitatorIds = facilitatorIds == null ? List.of() : List.copyOf(facilitatorIds);
    }
}
