package nl.koers.trajectory.calendar.web;

import java.time.Instant;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A calendar subscription as the API shows it. {@code path} (the feed's address on this API, to put after
 * the gateway's host) is there only in the answer that made it: the service keeps just a hash of the token.
 */
record SubscriptionView(
        @Schema(description = "The feed's path, to put after the gateway's address; only in the answer that made"
                + " the subscription, null afterwards (only a hash of its secret is kept)",
                example = "/api/sessions/calendar/Qm9vbWVyYW5nLWtvZXJzLWNhbGVuZGFyLXRva2VuLTE.ics")
        @Nullable String path,
        Instant createdAt) {
}
