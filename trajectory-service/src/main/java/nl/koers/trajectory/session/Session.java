package nl.koers.trajectory.session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.events.AttendanceRecorded;
import nl.koers.events.DomainEvent;
import nl.koers.events.TrajectoryActionAudited;
import nl.koers.events.SessionCancelled;
import nl.koers.events.SessionFacts;
import nl.koers.events.SessionRescheduled;
import nl.koers.events.SessionScheduled;

/**
 * A numbered meeting of a cohort, with its plan and the attendance recorded for it. Every change raises
 * {@code version} by one; scheduling, moving (in time or place) and cancelling record session events that
 * carry the whole schedule, and recording attendance records the whole attendance, so consumers keep their
 * copies with version-checked upserts. Attendance lives in the session's document so that one update
 * changes both together.
 */
public final class Session {

    public static final int MAX_SEQUENCE = 50;

    private final UUID id;
    private final UUID cohortId;
    private final UUID trajectoryId;
    private final int sequence;
    private SessionPlan plan;
    private SessionStatus status;
    private Attendance attendance;
    private long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Session(UUID id, UUID cohortId, UUID trajectoryId, int sequence, SessionPlan plan, SessionStatus status,
                    Attendance attendance, long version) {
        this.id = id;
        this.cohortId = cohortId;
        this.trajectoryId = trajectoryId;
        this.sequence = sequence;
        this.plan = plan;
        this.status = status;
        this.attendance = attendance;
        this.version = version;
    }

    /** Schedules session {@code sequence} of a cohort, at version 1. */
    public static Session schedule(UUID cohortId, UUID trajectoryId, int sequence, SessionPlan plan, Instant now) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new InvalidRequest("invalid-session", "Invalid session",
                    "A session's sequence is 1 to " + MAX_SEQUENCE + ", not " + sequence + ".");
        }
        Session session = new Session(UUID.randomUUID(), cohortId, trajectoryId, sequence, plan,
                SessionStatus.SCHEDULED, Attendance.NONE, 1);
        session.pendingEvents.add(new SessionScheduled(UUID.randomUUID(), now, session.id, session.version,
                session.facts()));
        return session;
    }

    public static Session restore(UUID id, UUID cohortId, UUID trajectoryId, int sequence, SessionPlan plan,
                                  SessionStatus status, Attendance attendance, long version) {
        return new Session(id, cohortId, trajectoryId, sequence, plan, status, attendance, version);
    }

    /**
     * Replaces the plan. Moving the session in time or place is a rescheduling that attendees hear of; a change
     * of title, theme or agenda only is not. An unchanged plan changes nothing.
     */
    public void revise(SessionPlan revised, Instant now) {
        requireScheduled("change");
        if (revised.equals(plan)) {
            return;
        }
        boolean moved = revised.movedFrom(plan);
        plan = revised;
        version++;
        if (moved) {
            pendingEvents.add(new SessionRescheduled(UUID.randomUUID(), now, id, version, facts()));
        }
    }

    public void cancel(Instant now) {
        requireScheduled("be cancelled");
        status = SessionStatus.CANCELLED;
        version++;
        pendingEvents.add(new SessionCancelled(UUID.randomUUID(), now, id, version, facts()));
    }

    /**
     * Replaces the attendance with {@code marks}, one per participant, each of them a confirmed participant of
     * the cohort. Participants not marked have no attendance recorded for this session.
     */
    public void recordAttendance(List<AttendanceMark> marks, Set<String> confirmedParticipants, String recordedBy,
                                 Instant now) {
        requireScheduled("take attendance");
        Set<String> seen = new HashSet<>();
        for (AttendanceMark mark : marks) {
            if (!seen.add(mark.participantId())) {
                throw invalid("Participant " + mark.participantId() + " is marked twice; mark each participant once.");
            }
            if (!confirmedParticipants.contains(mark.participantId())) {
                throw invalid("Participant " + mark.participantId() + " is not a confirmed participant of this cohort.");
            }
        }
        attendance = new Attendance(marks, recordedBy, now.truncatedTo(ChronoUnit.MILLIS));
        version++;
        pendingEvents.add(new AttendanceRecorded(UUID.randomUUID(), now, id, cohortId, version,
                marks.stream().map(m -> new AttendanceRecorded.Mark(m.participantId(), m.status().name())).toList()));
    }

    /** Adds an audit entry to the events stored with this change. */
    public void audit(TrajectoryActionAudited entry) {
        pendingEvents.add(entry);
    }

    private void requireScheduled(String action) {
        if (status != SessionStatus.SCHEDULED) {
            throw new Conflict("session-cancelled", "Session is cancelled",
                    "Session " + sequence + " is cancelled; a cancelled session cannot " + action + ".");
        }
    }

    private static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-attendance", "Invalid attendance", detail);
    }

    public SessionFacts facts() {
        return new SessionFacts(cohortId, trajectoryId, sequence, plan.startsAt(), plan.endsAt(), status.name(),
                plan.title(), plan.place(), plan.onlineLink());
    }

    public UUID id() {
        return id;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public UUID trajectoryId() {
        return trajectoryId;
    }

    public int sequence() {
        return sequence;
    }

    public SessionPlan plan() {
        return plan;
    }

    public SessionStatus status() {
        return status;
    }

    public Attendance attendance() {
        return attendance;
    }

    public long version() {
        return version;
    }

    /** Events caused by changes not yet stored; the repository writes them with the state. */
    public List<DomainEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
