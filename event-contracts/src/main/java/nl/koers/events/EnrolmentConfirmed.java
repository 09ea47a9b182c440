package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant took a seat in a cohort, by enrolling while seats were left. Keyed by cohort: {@code rosterVersion} orders every change of one cohort's roster.
 */
@EventVersion(2)
public record EnrolmentConfirmed(UUID eventId, Instant occurredAt, UUID enrolmentId, UUID cohortId, String participantId,
                    long rosterVersion) implements EnrolmentEvent {

    @Override
    public String subject() {
        return cohortId.toString();
    }
}
