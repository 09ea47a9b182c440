package nl.koers.trajectory.roster;

/**
 * Why a cohort is one of a person's own: they facilitate it, or they are on its roster. A facilitator who is
 * also on the roster counts as facilitator, the role that gives them more to do.
 */
public enum MemberRole {
    FACILITATOR, PARTICIPANT
}
