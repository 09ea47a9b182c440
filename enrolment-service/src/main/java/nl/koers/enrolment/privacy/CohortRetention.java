package nl.koers.enrolment.privacy;

import java.util.List;
import java.util.UUID;

/**
 * enrolment-service's progress with one cohort's expired retention period. While pending it lists the participants
 * whose profiles may have to go once the cohort's enrolments are anonymised (the roster no longer says who they
 * were); once done it keeps only the cohort's id, so a redelivered expiry changes nothing.
 */
public record CohortRetention(UUID cohortId, boolean done, List<String> participants) {
}
