package nl.koers.trajectory.session.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.trajectory.session.Session;
import nl.koers.trajectory.session.SessionPlan;

/** A session as the API shows it; {@code version} is also its ETag. */
record SessionView(UUID id, UUID cohortId, UUID trajectoryId, int sequence, String title, String theme,
                   Instant startsAt, Instant endsAt, String place, String onlineLink, List<AgendaItemView> agenda,
                   int agendaMinutes, String status, long version) {

    record AgendaItemView(String workForm, String title, int minutes, UUID instrumentId) {
    }

    static SessionView of(Session s) {
        SessionPlan p = s.plan();
        return new SessionView(s.id(), s.cohortId(), s.trajectoryId(), s.sequence(), p.title(), p.theme(),
                p.startsAt(), p.endsAt(), p.place().isEmpty() ? null : p.place(),
                p.onlineLink().isEmpty() ? null : p.onlineLink(),
                p.agenda().stream().map(a -> new AgendaItemView(a.workForm().name(), a.title(), a.minutes(),
                        a.instrumentId())).toList(),
                p.agenda().stream().mapToInt(a -> a.minutes()).sum(), s.status().name(), s.version());
    }
}
