package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A seat came free and the first waitlisted participant took it. Keyed by cohort: {@code rosterVersion} orders every change of one cohort's roster.
 */
@EventVersion(2)
public record EnrolmentPromoted(UUID eventId, Instant occurredAt, UUID enrolmentId, UUID cohortId, String participantId,
                    long rosterVersion) implements EnrolmentEvent {

    @Override
    public String subject() {
        return cohortId.toString();
    }
}
