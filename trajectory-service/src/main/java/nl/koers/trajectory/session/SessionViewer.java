package nl.koers.trajectory.session;

/**
 * Who asks about sessions: organisers and admins manage every cohort's; anyone else sees the sessions of
 * cohorts they facilitate or in which they hold a confirmed seat.
 */
public record SessionViewer(String userId, boolean manages) {
}
