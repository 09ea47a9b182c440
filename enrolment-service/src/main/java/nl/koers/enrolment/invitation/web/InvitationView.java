package nl.koers.enrolment.invitation.web;

import java.time.Instant;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.enrolment.invitation.Invitation;
import org.jspecify.annotations.Nullable;

/** One invitation as the cohort's organisers list it; never its token. */
record InvitationView(
        UUID id,
        UUID cohortId,
        @Schema(description = "The name on the list; null once the participant who accepted it was erased")
        @Nullable String name,
        @Schema(description = "The address invited; null once the participant who accepted it was erased")
        @Nullable String email,
        @Schema(description = "INVITED until accepted or expired; ACCEPTED once the invitee enrolled with it")
        Invitation.Status status,
        Instant invitedAt,
        @Schema(description = "When the invitee enrolled with it; null unless ACCEPTED")
        @Nullable Instant acceptedAt,
        @Schema(description = "After this the link enrols nobody: the cohort's enrolment close, 30 days at most")
        Instant expiresAt) {

    static InvitationView of(Invitation i, Instant now) {
        return new InvitationView(i.id(), i.cohortId(), i.name(), i.email(), i.status(now), i.invitedAt(),
                i.acceptedAt(), i.expiresAt());
    }
}
