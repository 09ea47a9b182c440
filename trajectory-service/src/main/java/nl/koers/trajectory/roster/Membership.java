package nl.koers.trajectory.roster;

import nl.koers.trajectory.cohort.Cohort;

/**
 * One of a person's own cohorts, with its trajectory's title and organiser (null if the trajectory is gone)
 * and how the person stands in it. {@code rosterStatus} is their place on the roster, null for a facilitator.
 */
public record Membership(Cohort cohort, String trajectoryTitle, String organiser, MemberRole role,
                         RosterStatus rosterStatus) {
}
