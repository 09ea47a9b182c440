package nl.koers.trajectory.trajectory.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.trajectory.trajectory.Trajectory;

/** A trajectory as the API shows it. */
record TrajectoryView(UUID id, String title, String description, String organiser, List<String> coalitionIds,
                      Instant createdAt, String createdBy) {

    static TrajectoryView of(Trajectory t) {
        return new TrajectoryView(t.id(), t.title(), t.description(), t.organiser(), t.coalitionIds(),
                t.createdAt(), t.createdBy());
    }
}
