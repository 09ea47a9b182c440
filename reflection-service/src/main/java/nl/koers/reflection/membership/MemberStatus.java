package nl.koers.reflection.membership;

/** A participant's place in a cohort as enrolment-service last reported it. */
public enum MemberStatus {
    CONFIRMED, WAITLISTED, WITHDRAWN
}
