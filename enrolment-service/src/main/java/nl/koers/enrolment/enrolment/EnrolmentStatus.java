package nl.koers.enrolment.enrolment;

/**
 * Where a participant stands in a cohort. COMPLETED is final: the cohort ran to its end with this participant
 * in a seat. It holds no place any more (the cohort takes no one after completion) and cannot be withdrawn.
 */
public enum EnrolmentStatus {
    CONFIRMED, WAITLISTED, WITHDRAWN, COMPLETED;

    /** Confirmed and waitlisted enrolments hold a place: a participant may have only one per cohort. */
    public boolean holdsPlace() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
