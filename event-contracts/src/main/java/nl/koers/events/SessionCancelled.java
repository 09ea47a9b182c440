package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/** An organiser cancelled a session. {@code sessionVersion} grows with every change of the session. */
public record SessionCancelled(UUID eventId, Instant occurredAt, UUID sessionId, long sessionVersion, SessionFacts session)
        implements SessionEvent {

    @Override
    public String subject() {
        return sessionId.toString();
    }
}
