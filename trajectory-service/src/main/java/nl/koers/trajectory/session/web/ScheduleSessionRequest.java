package nl.koers.trajectory.session.web;

import java.time.Instant;
import java.util.List;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.session.SessionPlan;
import nl.koers.trajectory.trajectory.AgendaItem;

/**
 * What an organiser sends to schedule one session. Without {@code sequence} it becomes the cohort's next.
 * Rules between fields (the end after the start, a place or a link) belong to {@link SessionPlan} (422).
 */
record ScheduleSessionRequest(
        @Schema(description = "The session's number in the cohort, 1 to 50; left out: the next free number",
                example = "1")
        @Min(1) @Max(50) Integer sequence,
        @Schema(example = "Startbijeenkomst") @NotBlank @Size(max = 200) String title,
        @Schema(description = "What the session is about", example = "Je ontwikkelvraag formuleren")
        @Size(max = 2000) String theme,
        @Schema(description = "Start, in the years 2000 to 2100", example = "2025-10-07T09:00:00Z")
        @NotNull Instant startsAt,
        @Schema(description = "End, after the start and at most 12 hours later", example = "2025-10-07T12:00:00Z")
        @NotNull Instant endsAt,
        @Schema(description = "Where the session takes place; a place, an online link or both",
                example = "ROC Midden, Utrecht, lokaal 2.14")
        @Size(max = 300) String place,
        @Schema(description = "An http or https address to join online",
                example = "https://meet.example.nl/koers-groep-1")
        @Size(max = 500) String onlineLink,
        @ArraySchema(arraySchema = @Schema(description = "The session's parts in order; together they fit in it"))
        @Size(max = 30) List<@NotNull @Valid AgendaItemRequest> agenda) {

    SessionPlan plan() {
        List<AgendaItem> items = AgendaItemRequest.items(agenda);
        return new SessionPlan(title, theme, startsAt, endsAt, place, onlineLink, items == null ? List.of() : items);
    }
}
