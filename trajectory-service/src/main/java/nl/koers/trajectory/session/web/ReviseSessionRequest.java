package nl.koers.trajectory.session.web;

import java.time.Instant;
import java.util.List;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.session.SessionChanges;

/**
 * A partial change of a session (PATCH): leave a field out to keep it; send an empty place or online link to
 * remove it; an agenda replaces the whole agenda.
 */
record ReviseSessionRequest(
        @Schema(description = "A new title; left out: unchanged", example = "Tweede bijeenkomst")
        @Size(min = 1, max = 200) String title,
        @Schema(description = "A new theme; left out: unchanged", example = "Stakeholders in kaart")
        @Size(max = 2000) String theme,
        @Schema(description = "A new start, in the years 2000 to 2100; left out: unchanged",
                example = "2025-10-15T12:00:00Z")
        Instant startsAt,
        @Schema(description = "A new end; left out: unchanged", example = "2025-10-15T15:00:00Z")
        Instant endsAt,
        @Schema(description = "A new place; empty removes it; left out: unchanged", example = "Online")
        @Size(max = 300) String place,
        @Schema(description = "A new online link; empty removes it; left out: unchanged",
                example = "https://meet.example.nl/koers-groep-1")
        @Size(max = 500) String onlineLink,
        @ArraySchema(arraySchema = @Schema(description = "The whole new agenda; left out: unchanged"))
        @Size(max = 30) List<@NotNull @Valid AgendaItemRequest> agenda) {

    SessionChanges changes() {
        return new SessionChanges(title, theme, startsAt, endsAt, place, onlineLink, AgendaItemRequest.items(agenda));
    }
}
