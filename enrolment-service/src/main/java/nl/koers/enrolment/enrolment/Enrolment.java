package nl.koers.enrolment.enrolment;

import java.time.Instant;
import java.util.UUID;

/** One participant's place in one cohort. Lives inside its {@link Roster}, which decides every change. */
public record Enrolment(UUID id, Applicant applicant, String motivation, EnrolmentStatus status, Instant enrolledAt,
                        Instant updatedAt) {

    public String participantId() {
        return applicant.participantId();
    }

    Enrolment withStatus(EnrolmentStatus newStatus, Instant at) {
        return new Enrolment(id, applicant, motivation, newStatus, enrolledAt, at);
    }
}
