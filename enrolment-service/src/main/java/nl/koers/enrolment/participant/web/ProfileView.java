package nl.koers.enrolment.participant.web;

import java.time.Instant;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.enrolment.participant.ParticipantProfile;
import nl.koers.enrolment.participant.Sector;
import org.jspecify.annotations.Nullable;

/** A participant's profile as they read it back. */
record ProfileView(
        @Schema(description = "Your user id: the subject of your access token")
        String participantId,
        String displayName,
        String email,
        String institution,
        @Schema(description = "PO primary, VO secondary, MBO vocational, HBO higher professional education")
        Sector sector,
        @Schema(description = "Your job or role; null when your profile was filled in from an invitation list that"
                + " did not name it")
        @Nullable String function,
        @Schema(description = "Starts at 1 and grows by one with every change of the profile")
        long version,
        @Schema(description = "When the profile last changed")
        Instant updatedAt) {

    static ProfileView of(ParticipantProfile p) {
        return new ProfileView(p.participantId(), p.displayName(), p.email(), p.institution(), p.sector(),
                p.function(), p.version(), p.updatedAt());
    }
}
