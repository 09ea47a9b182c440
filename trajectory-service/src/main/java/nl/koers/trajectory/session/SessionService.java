package nl.koers.trajectory.session;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.problem.PreconditionFailed;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.events.TrajectoryActionAudited;
import nl.koers.trajectory.AuditEntries;
import nl.koers.trajectory.cohort.Cohort;
import nl.koers.trajectory.cohort.CohortService;
import nl.koers.trajectory.cohort.CohortStatus;
import nl.koers.trajectory.cohort.Cohorts;
import nl.koers.trajectory.instrument.InstrumentService;
import nl.koers.trajectory.instrument.Instruments;
import nl.koers.trajectory.roster.CohortMemberships;
import nl.koers.trajectory.trajectory.AgendaItem;
import nl.koers.trajectory.trajectory.SessionBlueprint;
import nl.koers.trajectory.trajectory.Trajectory;
import nl.koers.trajectory.trajectory.TrajectoryService;

/**
 * The session use cases: schedule one, or a cohort's whole series from its trajectory's blueprint; change,
 * cancel and read them. A change is a read, a rule check and a write conditional on the version read, tried
 * again on the fresh session when another request won the race. Someone who may not see a cohort's sessions
 * is told they do not exist.
 */
public class SessionService {

    private static final int ATTEMPTS = 5;

    private final Sessions sessions;
    private final Cohorts cohorts;
    private final TrajectoryService trajectories;
    private final Instruments instruments;
    private final CohortMemberships memberships;
    private final Clock clock;

    public SessionService(Sessions sessions, Cohorts cohorts, TrajectoryService trajectories, Instruments instruments,
                          CohortMemberships memberships, Clock clock) {
        this.sessions = sessions;
        this.cohorts = cohorts;
        this.trajectories = trajectories;
        this.instruments = instruments;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** @param sequence the session's number in the cohort, or null for the next free one */
    public Session schedule(UUID cohortId, Integer sequence, SessionPlan plan, Caller caller) {
        Cohort cohort = schedulableCohort(cohortId);
        requireKnownInstruments(plan.agenda());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int number = sequence != null ? sequence : sessions.highestSequence(cohortId) + 1;
            Instant now = clock.instant();
            Session session = Session.schedule(cohortId, cohort.trajectoryId(), number, plan, now);
            session.audit(planned(session, caller, now));
            if (sessions.add(List.of(session))) {
                return session;
            }
            if (sequence != null) {
                throw sequenceTaken("Session " + sequence + " of this cohort already exists; choose another number"
                        + " or change that session.");
            }
        }
        throw new Conflict("concurrent-change", "Changed by someone else",
                "Sessions of this cohort kept being added while your request was handled; try again.");
    }

    /**
     * Schedules a cohort's whole series from its trajectory's blueprint in one step: session n gets blueprint
     * session n's title, theme and agenda and the n-th of {@code slots} for time and place.
     */
    public List<Session> scheduleFromBlueprint(UUID cohortId, List<SessionSlot> slots, Caller caller) {
        Cohort cohort = schedulableCohort(cohortId);
        Trajectory trajectory = trajectories.get(cohort.trajectoryId());
        List<SessionBlueprint> blueprint = trajectory.sessionBlueprint();
        if (blueprint.isEmpty()) {
            throw new Conflict("no-session-blueprint", "Trajectory has no session blueprint",
                    "The trajectory of this cohort has no session blueprint; schedule sessions one by one.");
        }
        if (slots.size() != blueprint.size()) {
            throw new InvalidRequest("slots-do-not-match-blueprint", "Slots do not match the blueprint",
                    "The blueprint has " + blueprint.size() + " sessions; send exactly one slot per session, not "
                            + slots.size() + ".");
        }
        if (sessions.highestSequence(cohortId) > 0) {
            throw sequenceTaken("This cohort already has sessions; a blueprint plans only a cohort without any.");
        }
        Instant now = clock.instant();
        List<Session> series = new ArrayList<>();
        for (int i = 0; i < blueprint.size(); i++) {
            SessionBlueprint b = blueprint.get(i);
            SessionSlot slot = slots.get(i);
            SessionPlan plan = new SessionPlan(b.title(), b.theme(), slot.startsAt(), slot.endsAt(), slot.place(),
                    slot.onlineLink(), b.agenda());
            Session session = Session.schedule(cohortId, cohort.trajectoryId(), i + 1, plan, now);
            session.audit(planned(session, caller, now));
            series.add(session);
        }
        if (!sessions.add(series)) {
            throw sequenceTaken("Sessions of this cohort were scheduled at the same time; fetch them and retry.");
        }
        return series;
    }

    public Session get(UUID id, SessionViewer viewer) {
        Session session = find(id);
        if (roleIn(session.cohortId(), viewer) == CohortRole.NONE) {
            throw notFound(id);
        }
        return session;
    }

    public PageView<Session> ofCohort(UUID cohortId, SessionViewer viewer, int page, int size) {
        if (roleIn(cohortId, viewer) == CohortRole.NONE) {
            throw CohortService.notFound(cohortId);
        }
        return sessions.ofCohort(cohortId, page, size);
    }

    /**
     * The viewer's next sessions, earliest first: the scheduled sessions starting from now of the cohorts they
     * facilitate or hold a confirmed seat in (completed participants included, as everywhere sessions are
     * shown), as the calendar feed decides it. A cancelled cohort meets no more, so its sessions are left out
     * even while they are still scheduled. Organisers get their own, not every cohort's.
     */
    public List<UpcomingSession> upcoming(SessionViewer viewer, int limit) {
        Set<UUID> ids = new HashSet<>(cohorts.facilitatedBy(viewer.userId()));
        ids.addAll(memberships.confirmedCohortsOf(viewer.userId()));
        Map<UUID, Cohort> running = cohorts.findAll(ids).stream()
                .filter(cohort -> cohort.status() != CohortStatus.CANCELLED)
                .collect(Collectors.toMap(Cohort::id, Function.identity()));
        List<Session> next = sessions.upcoming(running.keySet(), clock.instant(), limit);
        Map<UUID, Trajectory> trajectoriesById = trajectories.findAll(
                next.stream().map(Session::trajectoryId).toList());
        return next.stream().map(session -> {
            Trajectory trajectory = trajectoriesById.get(session.trajectoryId());
            return new UpcomingSession(session, running.get(session.cohortId()).schedule().name(),
                    trajectory == null ? null : trajectory.title());
        }).toList();
    }

    /**
     * Applies {@code changes} to the current plan; null fields keep what is there. A change is audited as a
     * rescheduling when the session moved in time or place, else as a revision; an unchanged plan is neither.
     */
    public Session revise(UUID id, Long ifMatch, SessionChanges changes, Caller caller) {
        return change(id, ifMatch, (session, now) -> {
            SessionPlan before = session.plan();
            SessionPlan revised = changes.applyTo(before);
            requireKnownInstruments(revised.agenda());
            long version = session.version();
            session.revise(revised, now);
            if (session.version() != version) {
                Map<String, String> details = new LinkedHashMap<>();
                details.put("changed", String.join(",", revised.changedSince(before)));
                details.put("startsAt", revised.startsAt().toString());
                details.put("endsAt", revised.endsAt().toString());
                session.audit(AuditEntries.by(caller, revised.movedFrom(before) ? "session.rescheduled"
                        : "session.revised", "session", session.id(), session.cohortId(), details, now));
            }
        });
    }

    public Session cancel(UUID id, Long ifMatch, Caller caller) {
        return change(id, ifMatch, (session, now) -> {
            session.cancel(now);
            session.audit(AuditEntries.by(caller, "session.cancelled", "session", session.id(), session.cohortId(),
                    Map.of("sequence", String.valueOf(session.sequence())), now));
        });
    }

    private static TrajectoryActionAudited planned(Session session, Caller caller, Instant now) {
        return AuditEntries.by(caller, "session.planned", "session", session.id(), session.cohortId(),
                Map.of("sequence", String.valueOf(session.sequence()),
                        "startsAt", session.plan().startsAt().toString(),
                        "endsAt", session.plan().endsAt().toString()), now);
    }

    Session change(UUID id, Long ifMatch, BiConsumer<Session, Instant> transition) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Session session = find(id);
            long readVersion = session.version();
            if (ifMatch != null && ifMatch != readVersion) {
                throw new PreconditionFailed("session-version-mismatch", "Session changed",
                        "The session is at version " + readVersion + ", not " + ifMatch + "; fetch it again.");
            }
            transition.accept(session, clock.instant());
            if (session.pendingEvents().isEmpty() && session.version() == readVersion) {
                return session;
            }
            if (sessions.update(session, readVersion)) {
                return session;
            }
        }
        throw new Conflict("concurrent-change", "Changed by someone else",
                "The session kept changing while your request was handled; fetch it again and retry.");
    }

    CohortRole roleIn(UUID cohortId, SessionViewer viewer) {
        return cohorts.find(cohortId).map(c -> CohortRole.of(c, viewer, memberships)).orElse(CohortRole.NONE);
    }

    Session find(UUID id) {
        return sessions.find(id).orElseThrow(() -> notFound(id));
    }

    private Cohort schedulableCohort(UUID cohortId) {
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> CohortService.notFound(cohortId));
        if (cohort.status() == CohortStatus.CANCELLED || cohort.status() == CohortStatus.COMPLETED) {
            // A completed cohort's figures are reported as they stand; a new session would change them.
            throw new Conflict("cohort-" + cohort.status().name().toLowerCase(java.util.Locale.ROOT),
                    "Cohort is " + cohort.status().name().toLowerCase(java.util.Locale.ROOT),
                    "The cohort is " + cohort.status() + "; it gets no new sessions.");
        }
        return cohort;
    }

    private void requireKnownInstruments(List<AgendaItem> agenda) {
        InstrumentService.requireKnown(instruments,
                agenda.stream().map(AgendaItem::instrumentId).filter(java.util.Objects::nonNull).distinct().toList());
    }

    private static Conflict sequenceTaken(String detail) {
        return new Conflict("session-sequence-taken", "Session number taken", detail);
    }

    public static NotFound notFound(UUID id) {
        return new NotFound("session-not-found", "Session not found", "There is no session " + id + ".");
    }
}
