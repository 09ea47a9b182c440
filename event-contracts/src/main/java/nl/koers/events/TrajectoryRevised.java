package nl.koers.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organiser revised a trajectory so that its organiser or its owning coalitions changed; {@code coalitionIds}
 * is the whole new list, not a difference, and {@code version} the trajectory's version after the revision, so a
 * consumer that sees revisions out of order keeps the newest.
 */
public record TrajectoryRevised(UUID eventId, Instant occurredAt, UUID trajectoryId, long version, String organiser,
                                List<String> coalitionIds) implements TrajectoryEvent {

    @Override
    public String subject() {
        return trajectoryId.toString();
    }
}
