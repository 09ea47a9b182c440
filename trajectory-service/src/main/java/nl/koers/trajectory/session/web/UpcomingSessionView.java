package nl.koers.trajectory.session.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.session.UpcomingSession;
import org.jspecify.annotations.Nullable;

/** A session on the caller's list of next sessions: the fields of {@link SessionView} and the names it is listed by. */
record UpcomingSessionView(UUID id, UUID cohortId, String cohortName, UUID trajectoryId,
                           @Schema(description = "Null if the trajectory is not known here")
                           @Nullable String trajectoryTitle,
                           int sequence, String title, String theme, Instant startsAt, Instant endsAt,
                           @Nullable String place, @Nullable String onlineLink,
                           List<SessionView.AgendaItemView> agenda, int agendaMinutes,
                           @Schema(description = "Always SCHEDULED here", example = "SCHEDULED") String status,
                           long version) {

    static UpcomingSessionView of(UpcomingSession upcoming) {
        SessionView s = SessionView.of(upcoming.session());
        return new UpcomingSessionView(s.id(), s.cohortId(), upcoming.cohortName(), s.trajectoryId(),
                upcoming.trajectoryTitle(), s.sequence(), s.title(), s.theme(), s.startsAt(), s.endsAt(), s.place(),
                s.onlineLink(), s.agenda(), s.agendaMinutes(), s.status(), s.version());
    }
}
