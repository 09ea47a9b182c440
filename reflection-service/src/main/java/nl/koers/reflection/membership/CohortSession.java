package nl.koers.reflection.membership;

import java.time.Instant;
import java.util.UUID;

/** One session of a cohort as far as this service needs it: which cohort, when, and whether it still takes place. */
public record CohortSession(UUID sessionId, int sequence, Instant startsAt, Instant endsAt, boolean cancelled) {
}
