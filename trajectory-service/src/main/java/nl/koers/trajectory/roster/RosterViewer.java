package nl.koers.trajectory.roster;

/**
 * Who asks to see a roster: organisers and admins see every cohort's; a facilitator only those of the
 * cohorts they facilitate.
 */
public record RosterViewer(String userId, boolean managesRosters) {
}
