package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * trajectory-service erased or anonymised everything it held about the participant of erasure {@code erasureId}
 * ({@link ErasureRequested}). Published again, with the same outcome, when the request is delivered again. Keyed by
 * erasure.
 */
public record TrajectoryDataErased(UUID eventId, Instant occurredAt, UUID erasureId) implements TrajectoryPrivacyEvent {

    @Override
    public String subject() {
        return erasureId.toString();
    }
}
