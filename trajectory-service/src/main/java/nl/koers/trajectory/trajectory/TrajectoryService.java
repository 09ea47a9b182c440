package nl.koers.trajectory.trajectory;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.web.PageView;

/** The trajectory use cases: create one, read one, list them. */
public class TrajectoryService {

    private final Trajectories trajectories;
    private final Clock clock;

    public TrajectoryService(Trajectories trajectories, Clock clock) {
        this.trajectories = trajectories;
        this.clock = clock;
    }

    public Trajectory create(String title, String description, String organiser, List<String> coalitionIds,
                             String createdBy) {
        Trajectory trajectory = Trajectory.create(title, description, organiser, coalitionIds, createdBy,
                clock.instant());
        trajectories.add(trajectory);
        return trajectory;
    }

    public Trajectory get(UUID id) {
        return trajectories.find(id).orElseThrow(() -> notFound(id));
    }

    public PageView<Trajectory> list(int page, int size) {
        return trajectories.page(page, size);
    }

    public static NotFound notFound(UUID id) {
        return new NotFound("trajectory-not-found", "Trajectory not found", "There is no trajectory " + id + ".");
    }
}
