package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/** An organiser moved a session or changed its times. {@code sessionVersion} grows with every change of the session. */
public record SessionRescheduled(UUID eventId, Instant occurredAt, UUID sessionId, long sessionVersion, SessionFacts session)
        implements SessionEvent {

    @Override
    public String subject() {
        return sessionId.toString();
    }
}
