package nl.koers.enrolment.invitation;

import java.time.Instant;
import java.util.UUID;
import nl.koers.enrolment.participant.Sector;

/**
 * One person invited to a cohort, from a confirmed list. It is accepted once the participant who followed the link
 * is enrolled ({@code enrolmentId}); {@code acceptedBy} is set a moment before, as a claim, so that two people
 * holding the same link cannot both take it. After an erasure name, address, institution and function are null
 * and {@code acceptedBy} is the participant's former id.
 */
public record Invitation(UUID id, UUID cohortId, UUID uploadId, String name, String email, String institution,
                         Sector sector, String function, String tokenHash, Instant invitedAt, Instant expiresAt,
                         String acceptedBy, UUID enrolmentId, Instant acceptedAt) {

    /** How long a link works at most, when the cohort's enrolment does not close earlier. */
    public static final java.time.Duration VALID_FOR = java.time.Duration.ofDays(30);

    public enum Status { INVITED, ACCEPTED, EXPIRED }

    public Status status(Instant now) {
        if (enrolmentId != null) {
            return Status.ACCEPTED;
        }
        return now.isBefore(expiresAt) ? Status.INVITED : Status.EXPIRED;
    }

    public boolean isAccepted() {
        return enrolmentId != null;
    }

    Invitation claimedBy(String participantId) {
        return new Invitation(id, cohortId, uploadId, name, email, institution, sector, function, tokenHash,
                invitedAt, expiresAt, participantId, null, null);
    }

    Invitation accepted(UUID enrolment, Instant now) {
        return new Invitation(id, cohortId, uploadId, name, email, institution, sector, function, tokenHash,
                invitedAt, expiresAt, acceptedBy, enrolment, now);
    }

    Invitation erased(String formerParticipantId) {
        return new Invitation(id, cohortId, uploadId, null, null, null, sector, null, tokenHash, invitedAt,
                expiresAt, formerParticipantId, enrolmentId, acceptedAt);
    }
}
