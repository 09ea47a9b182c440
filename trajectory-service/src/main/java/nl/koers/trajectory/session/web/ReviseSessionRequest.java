package nl.koers.trajectory.session.web;

import java.time.Instant;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.session.SessionChanges;

/**
 * A partial change of a session (PATCH): leave a field out to keep it; send an empty place or online link to
 * remove it; an agenda replaces the whole agenda.
 */
record ReviseSessionRequest(
        @Size(min = 1, max = 200) String title,
        @Size(max = 2000) String theme,
        Instant startsAt,
        Instant endsAt,
        @Size(max = 300) String place,
        @Size(max = 500) String onlineLink,
        @Size(max = 30) List<@NotNull @Valid AgendaItemRequest> agenda) {

    SessionChanges changes() {
        return new SessionChanges(title, theme, startsAt, endsAt, place, onlineLink, AgendaItemRequest.items(agenda));
    }
}
