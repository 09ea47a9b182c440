package nl.koers.trajectory.roster;

/**
 * A participant's place on a cohort's roster, as enrolment-service last reported it. COMPLETED: the cohort
 * ran to its end with them in a seat.
 */
public enum RosterStatus {
    CONFIRMED, WAITLISTED, WITHDRAWN, COMPLETED;

    /** Confirmed and completed participants are members of the cohort: they keep reading what it holds. */
    public boolean isMember() {
        return this == CONFIRMED || this == COMPLETED;
    }
}
