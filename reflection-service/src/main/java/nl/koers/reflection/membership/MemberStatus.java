package nl.koers.reflection.membership;

/**
 * A participant's place in a cohort as enrolment-service last reported it. COMPLETED is a confirmed participant
 * whose cohort the organiser completed: they took part to the end.
 */
public enum MemberStatus {
    CONFIRMED, WAITLISTED, WITHDRAWN, COMPLETED;

    /** Holds (or held to the end) a seat in the cohort: the participants whose work the cohort is about. */
    public boolean tookASeat() {
        return this == CONFIRMED || this == COMPLETED;
    }
}
