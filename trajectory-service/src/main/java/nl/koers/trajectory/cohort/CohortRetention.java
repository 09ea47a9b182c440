package nl.koers.trajectory.cohort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.events.CohortRetentionExpired;
import nl.koers.events.DomainEvent;
import nl.koers.trajectory.AuditEntries;
import nl.koers.trajectory.trajectory.Retention;
import nl.koers.trajectory.trajectory.Trajectories;
import nl.koers.trajectory.trajectory.Trajectory;

/**
 * Decides which ended cohorts have kept their participants' personal data long enough, and announces it: each
 * due cohort is marked expired with CohortRetentionExpired and its audit entry in one conditional update, so
 * every instance may run the check and still each cohort expires once. Every service, this one too, then erases
 * what it holds of that cohort. The trajectory's period counts as it is at the check, so shortening it also
 * shortens it for cohorts that ended before.
 */
public class CohortRetention {

    /** No period is shorter than a month, and no month shorter than this: cohorts that ended later are not due. */
    private static final Duration SHORTEST_PERIOD = Duration.ofDays(28);

    private final Cohorts cohorts;
    private final Trajectories trajectories;
    private final int defaultMonths;
    private final Clock clock;

    public CohortRetention(Cohorts cohorts, Trajectories trajectories, int defaultMonths, Clock clock) {
        this.cohorts = cohorts;
        this.trajectories = trajectories;
        this.defaultMonths = defaultMonths;
        this.clock = clock;
    }

    /** @return how many cohorts this check marked expired (0 when another instance got there first) */
    public int expireDue() {
        Instant now = clock.instant();
        List<Cohort> ended = cohorts.endedKeepingPersonalData(now.minus(SHORTEST_PERIOD));
        if (ended.isEmpty()) {
            return 0;
        }
        Map<UUID, Trajectory> trajectoriesById = trajectories.findAll(ended.stream().map(Cohort::trajectoryId).toList());
        int expired = 0;
        for (Cohort cohort : ended) {
            Trajectory trajectory = trajectoriesById.get(cohort.trajectoryId());
            int months = Retention.effectiveMonths(trajectory == null ? null : trajectory.retentionMonths(),
                    defaultMonths);
            Instant endedAt = cohort.endedAt();
            if (Retention.isDue(endedAt, months, now)
                    && cohorts.markPersonalDataExpired(cohort.id(), now, expiry(cohort, endedAt, months, now))) {
                expired++;
            }
        }
        return expired;
    }

    private static List<DomainEvent> expiry(Cohort cohort, Instant endedAt, int months, Instant now) {
        LocalDate endedOn = Retention.endedOn(endedAt);
        return List.of(
                new CohortRetentionExpired(UUID.randomUUID(), now, cohort.id(), cohort.trajectoryId(), endedOn, months),
                AuditEntries.bySystem("cohort.personal-data-expired", "cohort", cohort.id().toString(), cohort.id(),
                        Map.of("endedOn", endedOn.toString(), "retentionMonths", String.valueOf(months)), now));
    }
}
