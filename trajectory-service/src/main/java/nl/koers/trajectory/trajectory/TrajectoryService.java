package nl.koers.trajectory.trajectory;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.instrument.InstrumentService;
import nl.koers.trajectory.instrument.Instruments;

/** The trajectory use cases: create one (with its session blueprint), read one, list them. */
public class TrajectoryService {

    private final Trajectories trajectories;
    private final Instruments instruments;
    private final Clock clock;

    public TrajectoryService(Trajectories trajectories, Instruments instruments, Clock clock) {
        this.trajectories = trajectories;
        this.instruments = instruments;
        this.clock = clock;
    }

    /** Creates a trajectory, refusing a blueprint whose agendas name instruments that do not exist. */
    public Trajectory create(String title, String description, String organiser, List<String> coalitionIds,
                             List<SessionBlueprint> sessionBlueprint, String createdBy) {
        Trajectory trajectory = Trajectory.create(title, description, organiser, coalitionIds, sessionBlueprint,
                createdBy, clock.instant());
        InstrumentService.requireKnown(instruments, trajectory.instrumentIds());
        trajectories.add(trajectory);
        return trajectory;
    }

    public Trajectory get(UUID id) {
        return trajectories.find(id).orElseThrow(() -> notFound(id));
    }

    /** See {@link Trajectories#findAll}. */
    public Map<UUID, Trajectory> findAll(Collection<UUID> ids) {
        return trajectories.findAll(ids);
    }

    public PageView<Trajectory> list(int page, int size) {
        return trajectories.page(page, size);
    }

    public static NotFound notFound(UUID id) {
        return new NotFound("trajectory-not-found", "Trajectory not found", "There is no trajectory " + id + ".");
    }
}
