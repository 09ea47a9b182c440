package nl.koers.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organiser created a trajectory, owned by the named coalitions. */
public record TrajectoryCreated(UUID eventId, Instant occurredAt, UUID trajectoryId, String organiser,
                                List<String> coalitionIds) implements TrajectoryEvent {

    @Override
    public String subject() {
        return trajectoryId.toString();
    }
}
