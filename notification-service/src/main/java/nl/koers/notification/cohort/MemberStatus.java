package nl.koers.notification.cohort;

/** A participant's place in a cohort as enrolment-service last published it. */
public enum MemberStatus {
    CONFIRMED, WAITLISTED, WITHDRAWN, COMPLETED
}
