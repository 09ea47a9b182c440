package nl.koers.trajectory.trajectory;

import java.util.Optional;
import java.util.UUID;
import nl.koers.defaults.web.PageView;

/** Where trajectories are kept. Other features ask it whether a trajectory exists before planning a cohort. */
public interface Trajectories {

    /** Stores a new trajectory together with its pending events. */
    void add(Trajectory trajectory);

    Optional<Trajectory> find(UUID id);

    boolean exists(UUID id);

    /** Newest first. */
    PageView<Trajectory> page(int page, int size);
}
