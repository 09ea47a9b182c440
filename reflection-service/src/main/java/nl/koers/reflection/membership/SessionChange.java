package nl.koers.reflection.membership;

import java.time.Instant;
import java.util.UUID;

/**
 * A session's new schedule as trajectory-service reported it. {@code sessionVersion} orders the changes of
 * one session, so a reordered or repeated event changes nothing.
 */
public record SessionChange(UUID sessionId, UUID cohortId, int sequence, Instant startsAt, Instant endsAt,
                            boolean cancelled, long sessionVersion) {
}
