package nl.koers.trajectory.cohort;

import java.time.Instant;
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
    private long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Cohort(UUID id, UUID trajectoryId, CohortSchedule schedule, CohortStatus status, long version) {
        this.id = id;
        this.trajectoryId = trajectoryId;
        this.schedule = schedule;
        this.status = status;
        this.version = version;
    }

    /** Plans a new cohort of a trajectory, at version 1. */
    public static Cohort plan(UUID trajectoryId, CohortSchedule schedule, Instant now) {
        Cohort cohort = new Cohort(UUID.randomUUID(), trajectoryId, schedule, CohortStatus.PLANNED, 1);
        cohort.pendingEvents.add(new CohortPlanned(UUID.randomUUID(), now, cohort.id, cohort.version, cohort.facts()));
        return cohort;
    }

    public static Cohort restore(UUID id, UUID trajectoryId, CohortSchedule schedule, CohortStatus status,
                                 long version) {
        return new Cohort(id, trajectoryId, schedule, status, version);
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
        pendingEvents.add(new CohortCancelled(UUID.randomUUID(), now, id, version, facts()));
    }

    /**
     * Marks the run as over: its confirmed participants complete it (enrolment-service answers the event) and
     * its report figures are final. Only a cohort that ran can complete: a planned one never took anyone.
     */
    public void complete(Instant now) {
        change(Set.of(CohortStatus.OPEN, CohortStatus.CLOSED), CohortStatus.COMPLETED, "complete");
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
