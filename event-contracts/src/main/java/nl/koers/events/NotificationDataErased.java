package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * notification-service erased everything it held about the participant of erasure {@code erasureId}
 * ({@link ErasureRequested}): their address, name, preferences and the mails sent to them. Published again, with the
 * same outcome, when the request is delivered again. Keyed by erasure.
 */
public record NotificationDataErased(UUID eventId, Instant occurredAt, UUID erasureId) implements NotificationPrivacyEvent {

    @Override
    public String subject() {
        return erasureId.toString();
    }
}
