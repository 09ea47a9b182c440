package nl.koers.trajectory.session.web;

import java.time.Instant;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.session.SessionPlan;

/**
 * What an organiser sends to schedule one session. Without {@code sequence} it becomes the cohort's next.
 * Rules between fields (the end after the start, a place or a link) belong to {@link SessionPlan} (422).
 */
record ScheduleSessionRequest(
        @Min(1) @Max(50) Integer sequence,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String theme,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @Size(max = 300) String place,
        @Size(max = 500) String onlineLink,
        @Size(max = 30) List<@NotNull @Valid AgendaItemRequest> agenda) {

    SessionPlan plan() {
        List<nl.koers.trajectory.trajectory.AgendaItem> items = AgendaItemRequest.items(agenda);
        return new SessionPlan(title, theme, startsAt, endsAt, place, onlineLink, items == null ? List.of() : items);
    }
}
