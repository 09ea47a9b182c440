package nl.koers.trajectory.roster;

/** A participant's place on a cohort's roster, as enrolment-service last reported it. */
public enum RosterStatus {
    CONFIRMED, WAITLISTED, WITHDRAWN
}
