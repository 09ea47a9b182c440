package nl.koers.trajectory.cohort;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.events.CohortCancelled;
import nl.koers.events.CohortClosed;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.DomainEvent;
import nl.koers.events.TrajectoryActionAudited;
import nl.koers.trajectory.trajectory.Retention;

/**
 * One run of a trajectory and the rules of its life cycle: planned, opened for enrolment, closed (and
 * reopened), then completed or cancelled for good. Every change raises {@code version} by one and records an event that
 * carries the whole cohort, so consumers can keep their copy with a version-checked upsert.
 */
public final class Cohort {

    private final UUID id;
    private final UUID trajectoryId;
    private final CohortSchedule schedule;
    private CohortStatus status;
    private Instant endedAt;
    private long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Cohort(UUID id, UUID trajectoryId, CohortSchedule schedule, CohortStatus status, Instant endedAt,
                   long version) {
        this.id = id;
        this.trajectoryId = trajectoryId;
        this.schedule = schedule;
        this.status = status;
        this.endedAt = endedAt;
        this.version = version;
    }

    /** Plans a new cohort of a trajectory, at version 1. */
    public static Cohort plan(UUID trajectoryId, CohortSchedule schedule, Instant now) {
        Cohort cohort = new Cohort(UUID.randomUUID(), trajectoryId, schedule, CohortStatus.PLANNED, null, 1);
        cohort.pendingEvents.add(new CohortPlanned(UUID.randomUUID(), now, cohort.id, cohort.version, cohort.facts()));
        return cohort;
    }

    /** @param endedAt when it was completed or cancelled; null while it runs, or if it ended before Koers kept it */
    public static Cohort restore(UUID id, UUID trajectoryId, CohortSchedule schedule, CohortStatus status,
                                 Instant endedAt, long version) {
        return new Cohort(id, trajectoryId, schedule, status, endedAt, version);
    }

    /** Opens enrolment: a planned cohort for the first time, a closed one again. */
    public void open(Instant now) {
        change(Set.of(CohortStatus.PLANNED, CohortStatus.CLOSED), CohortStatus.OPEN, "open");
        pendingEvents.add(new CohortOpened(UUID.randomUUID(), now, id, version, facts()));
    }

    public void close(Instant now) {
        change(Set.of(CohortStatus.OPEN), CohortStatus.CLOSED, "close");
        pendingEvents.add(new CohortClosed(UUID.randomUUID(), now, id, version, facts()));
    }

    public void cancel(Instant now) {
        change(Set.of(CohortStatus.PLANNED, CohortStatus.OPEN, CohortStatus.CLOSED), CohortStatus.CANCELLED, "cancel");
        endedAt = now.truncatedTo(ChronoUnit.MILLIS);
        pendingEvents.add(new CohortCancelled(UUID.randomUUID(), now, id, version, facts()));
    }

    /**
     * Marks the run as over: its confirmed participants complete it (enrolment-service answers the event) and
     * its report figures are final. Only a cohort that ran can complete: a planned one never took anyone.
     */
    public void complete(Instant now) {
        change(Set.of(CohortStatus.OPEN, CohortStatus.CLOSED), CohortStatus.COMPLETED, "complete");
        endedAt = now.truncatedTo(ChronoUnit.MILLIS);
        pendingEvents.add(new CohortCompleted(UUID.randomUUID(), now, id, version, facts()));
    }

    private void change(Set<CohortStatus> from, CohortStatus to, String action) {
        if (!from.contains(status)) {
            throw new Conflict("cohort-status-conflict", "Cohort cannot " + action,
                    "The cohort is " + status + "; only a cohort that is " + describe(from) + " can " + action + ".");
        }
        status = to;
        version++;
    }

    private static String describe(Set<CohortStatus> statuses) {
        return statuses.stream().sorted().map(Enum::name).reduce((a, b) -> a + " or " + b).orElse("");
    }

    /**
     * When the cohort ended, which is where its retention period starts: the moment it was completed or
     * cancelled. A cohort that ended before that moment was kept counts from the end of its last planned day.
     * Null while it runs.
     */
    public Instant endedAt() {
        if (status != CohortStatus.COMPLETED && status != CohortStatus.CANCELLED) {
            return null;
        }
        return endedAt != null ? endedAt
                : schedule.endsOn().plusDays(1).atStartOfDay(Retention.ZONE).toInstant();
    }

    /** Adds an audit entry to the events stored with this change. */
    public void audit(TrajectoryActionAudited entry) {
        pendingEvents.add(entry);
    }

    public boolean isFacilitatedBy(String userId) {
        return schedule.facilitatorIds().contains(userId);
    }

    public CohortFacts facts() {
        return new CohortFacts(trajectoryId, status.name(), schedule.capacity(), schedule.startsOn(),
                schedule.endsOn(), schedule.enrolmentOpensAt(), schedule.enrolmentClosesAt(),
                schedule.facilitatorIds());
    }

    public UUID id() {
        return id;
    }

    public UUID trajectoryId() {
        return trajectoryId;
    }

    public CohortSchedule schedule() {
        return schedule;
    }

    public CohortStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    /** Events caused by changes not yet stored; the repository writes them with the state. */
    public List<DomainEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
