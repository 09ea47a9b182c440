package nl.koers.trajectory.trajectory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.koers.defaults.web.PageView;

/** Where trajectories are kept. Other features ask it whether a trajectory exists before planning a cohort. */
public interface Trajectories {

    /** Stores a new trajectory together with its pending events. */
    void add(Trajectory trajectory);

    /**
     * Stores a revision, only if the stored trajectory is still at {@code expectedVersion}.
     *
     * @return false when someone else changed it first
     */
    boolean update(Trajectory trajectory, long expectedVersion);

    Optional<Trajectory> find(UUID id);

    boolean exists(UUID id);

    /**
     * The trajectories with these ids, by id, in one lookup: lists of cohorts and sessions show their
     * trajectory's title without asking once per row. Ids that are not found are absent.
     */
    Map<UUID, Trajectory> findAll(Collection<UUID> ids);

    /** Newest first, those that match the filter. */
    PageView<Trajectory> page(TrajectoryFilter filter, int page, int size);
}
