package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant withdrew an enrolment, confirmed or waitlisted. Keyed by cohort: {@code rosterVersion} orders every change of one cohort's roster.
 */
@EventVersion(2)
public record EnrolmentWithdrawn(UUID eventId, Instant occurredAt, UUID enrolmentId, UUID cohortId, String participantId,
                    long rosterVersion) implements EnrolmentEvent {

    @Override
    public String subject() {
        return cohortId.toString();
    }
}
