package nl.koers.trajectory.cohort;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.problem.PreconditionFailed;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.AuditEntries;
import nl.koers.trajectory.trajectory.Trajectories;
import nl.koers.trajectory.trajectory.Trajectory;
import nl.koers.trajectory.trajectory.TrajectoryService;

/**
 * The cohort use cases. A status change is a read, a rule check and a write conditional on the version
 * read; if another request won the race, the change is tried again on the fresh cohort, where the rule may
 * now refuse it.
 */
public class CohortService {

    private static final int ATTEMPTS = 5;

    private final Cohorts cohorts;
    private final Trajectories trajectories;
    private final Clock clock;

    public CohortService(Cohorts cohorts, Trajectories trajectories, Clock clock) {
        this.cohorts = cohorts;
        this.trajectories = trajectories;
        this.clock = clock;
    }

    /** Plans a cohort; its audit entry, with the cohort's non-personal settings, is stored with it. */
    public Cohort plan(UUID trajectoryId, CohortSchedule schedule, Caller caller) {
        if (!trajectories.exists(trajectoryId)) {
            throw TrajectoryService.notFound(trajectoryId);
        }
        Instant now = clock.instant();
        Cohort cohort = Cohort.plan(trajectoryId, schedule, now);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("trajectoryId", trajectoryId.toString());
        details.put("capacity", String.valueOf(schedule.capacity()));
        details.put("startsOn", schedule.startsOn().toString());
        details.put("endsOn", schedule.endsOn().toString());
        details.put("facilitators", String.valueOf(schedule.facilitatorIds().size()));
        cohort.audit(AuditEntries.by(caller, "cohort.planned", "cohort", cohort.id(), cohort.id(), details, now));
        cohorts.add(cohort);
        return cohort;
    }

    public Cohort get(UUID id) {
        return cohorts.find(id).orElseThrow(() -> notFound(id));
    }

    public PageView<Cohort> ofTrajectory(UUID trajectoryId, int page, int size) {
        if (!trajectories.exists(trajectoryId)) {
            throw TrajectoryService.notFound(trajectoryId);
        }
        return cohorts.ofTrajectory(trajectoryId, page, size);
    }

    /**
     * The catalogue: cohorts whose status is OPEN, earliest start first, each with its trajectory's title and
     * organiser. Two reads whatever the page size: the page, then its trajectories together. Whether the
     * enrolment window is open and how many seats are left is enrolment-service's to say.
     */
    public PageView<CatalogueEntry> catalogue(int page, int size) {
        PageView<Cohort> open = cohorts.inStatus(CohortStatus.OPEN, page, size);
        Map<UUID, Trajectory> trajectoriesById = trajectories.findAll(
                open.items().stream().map(Cohort::trajectoryId).toList());
        return open.map(cohort -> CatalogueEntry.of(cohort, trajectoriesById.get(cohort.trajectoryId())));
    }

    /** @param ifMatch the version the caller last saw, or null to change whatever is current */
    public Cohort open(UUID id, Long ifMatch, Caller caller) {
        return change(id, ifMatch, Cohort::open, caller, "cohort.opened");
    }

    public Cohort close(UUID id, Long ifMatch, Caller caller) {
        return change(id, ifMatch, Cohort::close, caller, "cohort.closed");
    }

    public Cohort cancel(UUID id, Long ifMatch, Caller caller) {
        return change(id, ifMatch, Cohort::cancel, caller, "cohort.cancelled");
    }

    public Cohort complete(UUID id, Long ifMatch, Caller caller) {
        return change(id, ifMatch, Cohort::complete, caller, "cohort.completed");
    }

    private Cohort change(UUID id, Long ifMatch, BiConsumer<Cohort, Instant> transition, Caller caller,
                          String action) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Cohort cohort = get(id);
            long readVersion = cohort.version();
            if (ifMatch != null && ifMatch != readVersion) {
                throw new PreconditionFailed("cohort-version-mismatch", "Cohort changed",
                        "The cohort is at version " + readVersion + ", not " + ifMatch + "; fetch it again.");
            }
            Instant now = clock.instant();
            transition.accept(cohort, now);
            cohort.audit(AuditEntries.by(caller, action, "cohort", id, id,
                    Map.of("status", cohort.status().name()), now));
            if (cohorts.update(cohort, readVersion)) {
                return cohort;
            }
        }
        throw new Conflict("concurrent-change", "Changed by someone else",
                "The cohort kept changing while your request was handled; fetch it again and retry.");
    }

    public static NotFound notFound(UUID id) {
        return new NotFound("cohort-not-found", "Cohort not found", "There is no cohort " + id + ".");
    }
}
