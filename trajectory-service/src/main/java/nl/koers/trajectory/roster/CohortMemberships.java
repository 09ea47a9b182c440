package nl.koers.trajectory.roster;

import java.util.Set;
import java.util.UUID;

/**
 * Who is a confirmed participant of which cohort, as the roster projection knows it. Sessions, development
 * questions and calendars ask it, so that "a confirmed participant of the cohort" means the same everywhere
 * and follows enrolment-service's events (a withdrawn participant loses access; one who completed the cohort
 * keeps it, so "confirmed" here includes COMPLETED).
 */
public interface CohortMemberships {

    boolean isConfirmed(UUID cohortId, String participantId);

    /** The cohorts in which the participant holds a confirmed seat. */
    Set<UUID> confirmedCohortsOf(String participantId);

    /** The confirmed participants of a cohort (at most its capacity). */
    Set<String> confirmedParticipantsOf(UUID cohortId);
}
