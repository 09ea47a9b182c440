package nl.koers.trajectory.calendar;

import java.time.Instant;

/**
 * A user's one calendar subscription: the hash of the secret in its URL and when it was made. Making a new
 * one replaces (and so revokes) the old; revoking removes it.
 */
public record CalendarSubscription(String userId, String tokenHash, Instant createdAt) {
}
