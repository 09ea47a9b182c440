package nl.koers.trajectory.calendar.web;

import java.time.Instant;

/**
 * A calendar subscription as the API shows it. {@code path} (the feed's address on this API, to put after
 * the gateway's host) is there only in the answer that made it: the service keeps just a hash of the token.
 */
record SubscriptionView(String path, Instant createdAt) {
}
