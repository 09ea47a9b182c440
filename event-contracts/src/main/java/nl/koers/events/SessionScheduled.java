package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/** An organiser scheduled a session of a cohort. {@code sessionVersion} grows with every change of the session. */
public record SessionScheduled(UUID eventId, Instant occurredAt, UUID sessionId, long sessionVersion, SessionFacts session)
        implements SessionEvent {

    @Override
    public String subject() {
        return sessionId.toString();
    }
}
