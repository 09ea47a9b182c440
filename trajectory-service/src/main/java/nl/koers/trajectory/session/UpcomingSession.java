package nl.koers.trajectory.session;

/**
 * A session on someone's list of next sessions, with the names a list shows it by: its cohort's and its
 * trajectory's (null in the unlikely case that the trajectory is gone).
 */
public record UpcomingSession(Session session, String cohortName, String trajectoryTitle) {
}
