package nl.koers.enrolment.enrolment;

/** Where a participant stands in a cohort. */
public enum EnrolmentStatus {
    CONFIRMED, WAITLISTED, WITHDRAWN;

    /** Confirmed and waitlisted enrolments hold a place: a participant may have only one per cohort. */
    public boolean holdsPlace() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
