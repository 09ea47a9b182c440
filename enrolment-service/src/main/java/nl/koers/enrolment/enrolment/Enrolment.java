package nl.koers.enrolment.enrolment;

import java.time.Instant;
import java.util.UUID;
import nl.koers.defaults.privacy.ErasedParticipants;

/** One participant's place in one cohort. Lives inside its {@link Roster}, which decides every change. */
public record Enrolment(UUID id, Applicant applicant, String motivation, EnrolmentStatus status, Instant enrolledAt,
                        Instant updatedAt) {

    public String participantId() {
        return applicant.participantId();
    }

    /** Whether the participant was erased from it: only a former id is left, without name or motivation. */
    public boolean isAnonymised() {
        return ErasedParticipants.isFormer(participantId());
    }

    Enrolment anonymised(String formerParticipantId) {
        return new Enrolment(id, new Applicant(formerParticipantId, null, null), null, status, enrolledAt, updatedAt);
    }

    Enrolment withStatus(EnrolmentStatus newStatus, Instant at) {
        return new Enrolment(id, applicant, motivation, newStatus, enrolledAt, at);
    }
}
