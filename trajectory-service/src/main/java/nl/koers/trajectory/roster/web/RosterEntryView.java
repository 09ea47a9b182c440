package nl.koers.trajectory.roster.web;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.roster.RosterEntry;
import org.jspecify.annotations.Nullable;

/** A participant on a cohort's roster as the API shows it. */
record RosterEntryView(@Schema(description = "The participant's user id") String participantId,
                       @Nullable String displayName,
                       @Schema(description = "The school or institution the participant works at")
                       @Nullable String institution,
                       @Schema(description = "CONFIRMED, WAITLISTED, WITHDRAWN or COMPLETED", example = "CONFIRMED")
                       String status) {

    static RosterEntryView of(RosterEntry entry) {
        return new RosterEntryView(entry.participantId(), entry.displayName(), entry.institution(),
                entry.status().name());
    }
}
