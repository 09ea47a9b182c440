package nl.koers.trajectory.trajectory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.problem.PreconditionFailed;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.AuditEntries;
import nl.koers.trajectory.instrument.InstrumentService;
import nl.koers.trajectory.instrument.Instruments;

/** The trajectory use cases: create one (with its session blueprint), revise it, read one, list them. */
public class TrajectoryService {

    /** Tries of a revision that lost a race before giving up with 409. */
    private static final int ATTEMPTS = 3;

    private final Trajectories trajectories;
    private final Instruments instruments;
    private final Clock clock;
    private final int defaultRetentionMonths;

    public TrajectoryService(Trajectories trajectories, Instruments instruments, Clock clock,
                             int defaultRetentionMonths) {
        this.trajectories = trajectories;
        this.instruments = instruments;
        this.clock = clock;
        this.defaultRetentionMonths = defaultRetentionMonths;
    }

    /**
     * Creates a trajectory, refusing a blueprint whose agendas name instruments that do not exist. Its audit
     * entry is stored with it.
     *
     * @param retentionMonths how long its cohorts keep personal data after they end; null for the default
     */
    public Trajectory create(String title, String description, String organiser, List<String> coalitionIds,
                             List<SessionBlueprint> sessionBlueprint, Integer retentionMonths, Caller caller) {
        Instant now = clock.instant();
        Trajectory trajectory = Trajectory.create(title, description, organiser, coalitionIds, sessionBlueprint,
                retentionMonths, caller.id(), now);
        InstrumentService.requireKnown(instruments, trajectory.instrumentIds());
        trajectory.audit(AuditEntries.by(caller, "trajectory.created", "trajectory", trajectory.id(), null,
                retentionDetails(trajectory), now));
        trajectories.add(trajectory);
        return trajectory;
    }

    /** The months a trajectory's cohorts keep personal data when the organiser set none. */
    public int defaultRetentionMonths() {
        return defaultRetentionMonths;
    }

    public Trajectory get(UUID id) {
        return trajectories.find(id).orElseThrow(() -> notFound(id));
    }

    /** See {@link Trajectories#findAll}. */
    public Map<UUID, Trajectory> findAll(Collection<UUID> ids) {
        return trajectories.findAll(ids);
    }

    public PageView<Trajectory> list(TrajectoryFilter filter, int page, int size) {
        return trajectories.page(filter, page, size);
    }

    /**
     * Revises a trajectory at the version the organiser last read (null: whatever is current), with the same
     * checks as creating one.
     */
    public Trajectory revise(UUID id, Long ifMatch, String title, String description, String organiser,
                             List<String> coalitionIds, List<SessionBlueprint> sessionBlueprint,
                             Integer retentionMonths, Caller caller) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Trajectory current = get(id);
            if (ifMatch != null && ifMatch != current.version()) {
                throw new PreconditionFailed("trajectory-version-mismatch", "Trajectory changed",
                        "The trajectory is at version " + current.version() + ", not " + ifMatch + "; fetch it again.");
            }
            Instant now = clock.instant();
            Trajectory revised = current.revise(title, description, organiser, coalitionIds, sessionBlueprint,
                    retentionMonths, now);
            InstrumentService.requireKnown(instruments, revised.instrumentIds());
            Map<String, String> details = new LinkedHashMap<>();
            details.put("changed", String.join(",", revised.changedSince(current)));
            details.putAll(retentionDetails(revised));
            revised.audit(AuditEntries.by(caller, "trajectory.revised", "trajectory", id, null, details, now));
            if (trajectories.update(revised, current.version())) {
                return revised;
            }
        }
        throw new Conflict("concurrent-change", "Changed by someone else",
                "The trajectory kept changing while your request was handled; fetch it again and retry.");
    }

    /** The retention setting as an audit entry shows it: a period, never personal. */
    private Map<String, String> retentionDetails(Trajectory trajectory) {
        return Map.of("retentionMonths", String.valueOf(Retention.effectiveMonths(trajectory.retentionMonths(),
                defaultRetentionMonths)), "retentionDefault", String.valueOf(trajectory.retentionMonths() == null));
    }

    public static NotFound notFound(UUID id) {
        return new NotFound("trajectory-not-found", "Trajectory not found", "There is no trajectory " + id + ".");
    }
}
