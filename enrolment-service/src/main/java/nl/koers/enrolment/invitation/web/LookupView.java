package nl.koers.enrolment.invitation.web;

import java.time.Instant;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.enrolment.invitation.Invitation;
import org.jspecify.annotations.Nullable;

/** What the invitee's page shows before they enrol: which cohort, whom the invitation is for, whether it works. */
record LookupView(
        UUID invitationId,
        UUID cohortId,
        @Schema(description = "The name on the invitation; null once the participant who accepted it was erased")
        @Nullable String name,
        Invitation.Status status,
        Instant expiresAt) {

    static LookupView of(Invitation i, Instant now) {
        return new LookupView(i.id(), i.cohortId(), i.name(), i.status(now), i.expiresAt());
    }
}
