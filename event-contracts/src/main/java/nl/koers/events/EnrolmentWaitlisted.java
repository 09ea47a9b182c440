package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant enrolled in a full cohort and was put on its waitlist at {@code waitlistPosition} (1 is next). Keyed by cohort: {@code rosterVersion} orders every change of one cohort's roster.
 */
@EventVersion(2)
public record EnrolmentWaitlisted(UUID eventId, Instant occurredAt, UUID enrolmentId, UUID cohortId, String participantId,
                    long rosterVersion, int waitlistPosition) implements EnrolmentEvent {

    @Override
    public String subject() {
        return cohortId.toString();
    }
}
