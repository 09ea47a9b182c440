package nl.koers.enrolment.enrolment;

import java.util.UUID;

/** An enrolment with what only its roster knows: its cohort and, while waitlisted, its position. */
public record EnrolmentDetails(UUID cohortId, Enrolment enrolment, Integer waitlistPosition) {

    static EnrolmentDetails of(Roster roster, Enrolment enrolment) {
        return new EnrolmentDetails(roster.cohortId(), enrolment, roster.waitlistPosition(enrolment).orElse(null));
    }
}
