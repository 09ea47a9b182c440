package nl.koers.trajectory.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.defaults.web.Caller;
import nl.koers.events.TrajectoryDataErased;
import nl.koers.trajectory.AuditEntries;
import nl.koers.trajectory.calendar.CalendarSubscriptions;
import nl.koers.trajectory.cohort.Cohort;
import nl.koers.trajectory.cohort.Cohorts;
import nl.koers.trajectory.question.DevelopmentQuestion;
import nl.koers.trajectory.question.DevelopmentQuestions;
import nl.koers.trajectory.question.StakeholderMap;
import nl.koers.trajectory.question.StakeholderMaps;
import nl.koers.trajectory.report.ReportPrivacy;
import nl.koers.trajectory.roster.RosterEntries;
import nl.koers.trajectory.roster.RosterEntry;
import nl.koers.trajectory.session.AttendanceMark;
import nl.koers.trajectory.session.Session;
import nl.koers.trajectory.session.Sessions;
import nl.koers.trajectory.trajectory.Trajectories;
import nl.koers.trajectory.trajectory.Trajectory;

/**
 * A participant's rights over what trajectory-service holds about them, and retention:
 * <ul>
 * <li>erasure: their own records (development questions with every revision, stakeholder maps, calendar
 * subscription, the copy of their profile) are deleted; what others rely on keeps its counts but names a former
 * participant instead (roster entries, attendance marks, the report projections, where their institution goes and
 * their sector stays). One former id per erasure, so distinct-participant counts stay right. Every step can run
 * again, so a redelivered request finishes what a failure interrupted and then says so again;</li>
 * <li>retention: the same for one cohort that ended long enough ago, with the cohort's questions and maps deleted
 * and the report figures, per institution too, kept exactly;</li>
 * <li>access: everything about them in one export.</li>
 * </ul>
 */
public class PrivacyService {

    private final ErasureRegister register;
    private final ErasureReceipts receipts;
    private final AuditPublisher audit;
    private final RosterEntries roster;
    private final DevelopmentQuestions questions;
    private final StakeholderMaps maps;
    private final CalendarSubscriptions calendars;
    private final Sessions sessions;
    private final Cohorts cohorts;
    private final Trajectories trajectories;
    private final ReportPrivacy reports;
    private final Clock clock;

    public PrivacyService(ErasureRegister register, ErasureReceipts receipts, AuditPublisher audit,
                          RosterEntries roster, DevelopmentQuestions questions, StakeholderMaps maps,
                          CalendarSubscriptions calendars, Sessions sessions, Cohorts cohorts,
                          Trajectories trajectories, ReportPrivacy reports, Clock clock) {
        this.register = register;
        this.receipts = receipts;
        this.audit = audit;
        this.roster = roster;
        this.questions = questions;
        this.maps = maps;
        this.calendars = calendars;
        this.sessions = sessions;
        this.cohorts = cohorts;
        this.trajectories = trajectories;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * Erases the participant of erasure {@code erasureId}. They are registered as erased first, so that from then
     * on no projection here writes a fact about them from before this moment; then their records go; then the
     * receipt and its audit entry are stored in one write.
     */
    public void erase(UUID erasureId, String participantId) {
        Instant now = clock.instant();
        register.record(participantId, now);
        String formerId = ErasedParticipants.formerParticipant();
        roster.eraseParticipant(participantId, formerId);
        List<UUID> own = questions.idsOwnedBy(participantId);
        // Maps first: if this stops halfway, the questions are still there to find their maps by next time.
        maps.deleteAll(own);
        questions.deleteAll(own);
        calendars.remove(participantId);
        sessions.renameAttendees(null, Map.of(participantId, formerId));
        reports.eraseParticipant(participantId, formerId);
        receipts.record(erasureId, List.of(new TrajectoryDataErased(UUID.randomUUID(), now, erasureId),
                AuditEntries.bySystem("participant.erased", "erasure", erasureId.toString(), null,
                        Map.of("erasureId", erasureId.toString()), now)));
    }

    /**
     * Erases the personal data of a cohort whose retention period passed: its roster names former
     * participants, its questions and their maps are deleted, attendance marks and report figures stay under the
     * same former ids. A redelivery finds nothing left to change.
     */
    public void expireCohort(UUID cohortId) {
        Map<String, String> formerIds = roster.expireCohort(cohortId);
        List<UUID> cohortQuestions = questions.idsOfCohort(cohortId);
        maps.deleteAll(cohortQuestions);
        questions.deleteAll(cohortQuestions);
        Map<String, String> attendees = new HashMap<>(formerIds);
        // A mark of someone no longer on the roster (it should not happen) is anonymised all the same.
        for (Session session : sessions.allOfCohort(cohortId)) {
            for (AttendanceMark mark : session.attendance().marks()) {
                if (!ErasedParticipants.isFormer(mark.participantId())) {
                    attendees.computeIfAbsent(mark.participantId(), p -> ErasedParticipants.formerParticipant());
                }
            }
        }
        sessions.renameAttendees(cohortId, attendees);
        reports.expireCohort(cohortId.toString());
    }

    /** What this service holds about the caller, and an audit entry saying they read it. */
    public TrajectoryExport export(Caller caller) {
        String participantId = caller.id();
        Instant now = clock.instant();
        Map<UUID, RosterEntry> places = new HashMap<>();
        for (RosterEntry entry : roster.ofParticipant(participantId)) {
            places.merge(entry.cohortId(), entry, (a, b) -> a.rosterVersion() >= b.rosterVersion() ? a : b);
        }
        List<Cohort> theirCohorts = cohorts.findAll(places.keySet());
        Map<UUID, Trajectory> titles = trajectories.findAll(theirCohorts.stream().map(Cohort::trajectoryId).toList());
        List<TrajectoryExport.CohortPlace> cohortPlaces = theirCohorts.stream().map(cohort -> {
            Trajectory trajectory = titles.get(cohort.trajectoryId());
            return new TrajectoryExport.CohortPlace(cohort.id(), cohort.schedule().name(), cohort.trajectoryId(),
                    trajectory == null ? null : trajectory.title(), cohort.status().name(),
                    places.get(cohort.id()).status());
        }).toList();
        List<TrajectoryExport.AttendanceRecord> attendance = new ArrayList<>();
        for (Cohort cohort : theirCohorts) {
            for (Session session : sessions.allOfCohort(cohort.id())) {
                session.attendance().marks().stream().filter(m -> m.participantId().equals(participantId))
                        .forEach(m -> attendance.add(new TrajectoryExport.AttendanceRecord(session.id(),
                                cohort.id(), session.sequence(), session.plan().title(),
                                session.plan().startsAt(), m.status())));
            }
        }
        attendance.sort(Comparator.comparing(TrajectoryExport.AttendanceRecord::startsAt));
        List<DevelopmentQuestion> own = questions.ownedBy(participantId);
        List<StakeholderMap> ownMaps = own.stream().map(q -> maps.find(q.id())).flatMap(java.util.Optional::stream)
                .toList();
        TrajectoryExport export = new TrajectoryExport(participantId, now, cohortPlaces, attendance, own, ownMaps,
                calendars.ofUser(participantId).orElse(null));
        audit.publish(List.of(AuditEntries.by(caller, "participant.exported", "participant", participantId, null,
                Map.of("part", "trajectory"), now)));
        return export;
    }
}
