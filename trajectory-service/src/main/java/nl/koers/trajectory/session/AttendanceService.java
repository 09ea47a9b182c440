package nl.koers.trajectory.session;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.AuditEntries;
import nl.koers.trajectory.cohort.CohortService;
import nl.koers.trajectory.roster.CohortMemberships;
import nl.koers.trajectory.roster.RosterEntries;
import nl.koers.trajectory.roster.RosterEntry;
import nl.koers.trajectory.roster.RosterStatus;

/**
 * Taking attendance and reading it back. Those who run a cohort (its facilitators, organisers, admins) record
 * and see everyone's; a confirmed participant sees only their own marks; anyone else is told the session or
 * cohort does not exist.
 */
public class AttendanceService {

    private final SessionService sessions;
    private final Sessions store;
    private final CohortMemberships memberships;
    private final RosterEntries roster;

    public AttendanceService(SessionService sessions, Sessions store, CohortMemberships memberships,
                             RosterEntries roster) {
        this.sessions = sessions;
        this.store = store;
        this.memberships = memberships;
        this.roster = roster;
    }

    /**
     * Replaces the session's attendance with {@code marks}; each must be a confirmed participant's. Audited with
     * the counts only: who was there stays in the session.
     */
    public SessionAttendance record(UUID sessionId, Long ifMatch, List<AttendanceMark> marks, SessionViewer viewer,
                                    Caller caller) {
        Session session = sessions.find(sessionId);
        if (!sessions.roleIn(session.cohortId(), viewer).runsCohort()) {
            throw SessionService.notFound(sessionId);
        }
        Set<String> confirmed = memberships.confirmedParticipantsOf(session.cohortId());
        Session recorded = sessions.change(sessionId, ifMatch,
                (s, now) -> {
                    s.recordAttendance(marks, confirmed, viewer.userId(), now);
                    s.audit(AuditEntries.by(caller, "attendance.recorded", "session", s.id(), s.cohortId(),
                            Map.of("marked", String.valueOf(marks.size()),
                                    "present", String.valueOf(s.attendance().count(AttendanceStatus.PRESENT))), now));
                });
        return new SessionAttendance(recorded, recorded.attendance().marks(), confirmed.size());
    }

    /** The session with the attendance the viewer may see: all of it, or only their own mark. */
    public SessionAttendance of(UUID sessionId, SessionViewer viewer) {
        Session session = sessions.find(sessionId);
        CohortRole role = sessions.roleIn(session.cohortId(), viewer);
        return switch (role) {
            case NONE -> throw SessionService.notFound(sessionId);
            case MANAGER, FACILITATOR -> new SessionAttendance(session, session.attendance().marks(),
                    memberships.confirmedParticipantsOf(session.cohortId()).size());
            case PARTICIPANT -> new SessionAttendance(session, session.attendance().marks().stream()
                    .filter(m -> m.participantId().equals(viewer.userId())).toList(), null);
        };
    }

    /**
     * Attendance per participant who holds or held a seat (confirmed, or completed once the cohort is) over the
     * cohort's sessions: a page of the roster for those who run the cohort, the viewer's own row for a participant.
     */
    public PageView<ParticipantAttendance> ofCohort(UUID cohortId, SessionViewer viewer, int page, int size) {
        CohortRole role = sessions.roleIn(cohortId, viewer);
        if (role == CohortRole.NONE) {
            throw CohortService.notFound(cohortId);
        }
        List<Session> held = store.allOfCohort(cohortId).stream()
                .filter(s -> s.status() == SessionStatus.SCHEDULED).toList();
        if (role == CohortRole.PARTICIPANT) {
            List<ParticipantAttendance> own = page == 0 ? List.of(tally(viewer.userId(), held)) : List.of();
            return PageView.of(own, page, size, 1);
        }
        return roster.ofCohort(cohortId, Set.of(RosterStatus.CONFIRMED, RosterStatus.COMPLETED), page, size)
                .map(RosterEntry::participantId).map(p -> tally(p, held));
    }

    private static ParticipantAttendance tally(String participantId, List<Session> held) {
        int present = 0;
        int excused = 0;
        int absent = 0;
        for (Session session : held) {
            for (AttendanceMark mark : session.attendance().marks()) {
                if (mark.participantId().equals(participantId)) {
                    switch (mark.status()) {
                        case PRESENT -> present++;
                        case EXCUSED -> excused++;
                        case ABSENT -> absent++;
                    }
                }
            }
        }
        return new ParticipantAttendance(participantId, present, excused, absent);
    }
}
