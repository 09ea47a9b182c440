package nl.koers.enrolment.enrolment.web;

import java.time.Instant;
import java.util.UUID;
import nl.koers.enrolment.enrolment.EnrolmentDetails;
import nl.koers.enrolment.enrolment.EnrolmentStatus;

/** An enrolment as its participant and the cohort's organisers see it. */
record EnrolmentView(UUID id, UUID cohortId, String participantId, String displayName, String institution,
                     EnrolmentStatus status, Integer waitlistPosition, String motivation, Instant enrolledAt,
                     Instant updatedAt) {

    static EnrolmentView of(EnrolmentDetails details) {
        var e = details.enrolment();
        return new EnrolmentView(e.id(), details.cohortId(), e.participantId(), e.applicant().displayName(),
                e.applicant().institution(), e.status(), details.waitlistPosition(), e.motivation(), e.enrolledAt(),
                e.updatedAt());
    }
}
