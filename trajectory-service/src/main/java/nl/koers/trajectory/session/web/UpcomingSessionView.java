package nl.koers.trajectory.session.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.trajectory.session.UpcomingSession;

/** A session on the caller's list of next sessions: the fields of {@link SessionView} and the names it is listed by. */
record UpcomingSessionView(UUID id, UUID cohortId, String cohortName, UUID trajectoryId, String trajectoryTitle,
                           int sequence, String title, String theme, Instant startsAt, Instant endsAt, String place,
                           String onlineLink, List<SessionView.AgendaItemView> agenda, int agendaMinutes,
                           String status, long version) {

    static UpcomingSessionView of(UpcomingSession upcoming) {
        SessionView s = SessionView.of(upcoming.session());
        return new UpcomingSessionView(s.id(), s.cohortId(), upcoming.cohortName(), s.trajectoryId(),
                upcoming.trajectoryTitle(), s.sequence(), s.title(), s.theme(), s.startsAt(), s.endsAt(), s.place(),
                s.onlineLink(), s.agenda(), s.agendaMinutes(), s.status(), s.version());
    }
}
