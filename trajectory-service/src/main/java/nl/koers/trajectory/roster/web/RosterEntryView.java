package nl.koers.trajectory.roster.web;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.roster.RosterEntry;
import org.jspecify.annotations.Nullable;

/** A participant on a cohort's roster as the API shows it. */
record RosterEntryView(@Schema(description = "The participant's user id; former-... for a participant whose"
                               + " personal data was erased or expired (shown as a former participant)")
                       String participantId,
                       @Schema(description = "From the participant's profile; null until it arrives, and for a"
                               + " former participant")
                       @Nullable String displayName,
                       @Schema(description = "The school or institution the participant works at, from their"
                               + " profile; null until it arrives, and for a former participant")
                       @Nullable String institution,
                       @Schema(description = "CONFIRMED, WAITLISTED, WITHDRAWN or COMPLETED", example = "CONFIRMED")
                       String status) {

    static RosterEntryView of(RosterEntry entry) {
        return new RosterEntryView(entry.participantId(), entry.displayName(), entry.institution(),
                entry.status().name());
    }
}
