package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * reflection-service erased or anonymised everything it held about the participant of erasure {@code erasureId}
 * ({@link ErasureRequested}). Published again, with the same outcome, when the request is delivered again. Keyed by
 * erasure.
 */
public record ReflectionDataErased(UUID eventId, Instant occurredAt, UUID erasureId) implements ReflectionPrivacyEvent {

    @Override
    public String subject() {
        return erasureId.toString();
    }
}
