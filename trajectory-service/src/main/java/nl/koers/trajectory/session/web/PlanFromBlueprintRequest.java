package nl.koers.trajectory.session.web;

import java.time.Instant;
import java.util.List;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.session.SessionSlot;

/** When and where each session of the trajectory's blueprint takes place for this cohort, in blueprint order. */
record PlanFromBlueprintRequest(
        @ArraySchema(arraySchema = @Schema(description = "One slot per blueprint session, in blueprint order"))
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SlotRequest> slots) {

    /** When and where one session takes place. */
    record SlotRequest(@Schema(description = "Start, in the years 2000 to 2100", example = "2025-10-07T09:00:00Z")
                       @NotNull Instant startsAt,
                       @Schema(description = "End, after the start and at most 12 hours later",
                               example = "2025-10-07T12:00:00Z")
                       @NotNull Instant endsAt,
                       @Schema(description = "Where the session takes place; a place, an online link or both",
                               example = "ROC Midden, Utrecht, lokaal 2.14")
                       @Size(max = 300) String place,
                       @Schema(description = "An http or https address to join online",
                               example = "https://meet.example.nl/koers-groep-1")
                       @Size(max = 500) String onlineLink) {
    }

    List<SessionSlot> sessionSlots() {
        return slots.stream().map(s -> new SessionSlot(s.startsAt(), s.endsAt(), s.place(), s.onlineLink())).toList();
    }
}
