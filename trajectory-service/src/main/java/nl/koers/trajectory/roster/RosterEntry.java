package nl.koers.trajectory.roster;

import java.util.UUID;

/**
 * One enrolment on a cohort's roster, copied from enrolment-service's events; its name and institution come
 * only from the participant's profile (null until that arrives, and on an entry written from an enrolment
 * fact, which carries neither). {@code rosterVersion} orders
 * the changes of one cohort's roster: a copy only ever moves to a higher version, which makes applying an
 * event twice, or an old one late, harmless.
 */
public record RosterEntry(UUID enrolmentId, UUID cohortId, String participantId, String displayName,
                          String institution, RosterStatus status, long rosterVersion) {
}
