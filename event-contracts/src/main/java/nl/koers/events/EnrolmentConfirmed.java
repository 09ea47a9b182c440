package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant took a seat in a cohort, by enrolling while seats were left. Keyed by cohort: {@code rosterVersion} orders every change of one cohort's roster.
 */
public record EnrolmentConfirmed(UUID eventId, Instant occurredAt, UUID enrolmentId, UUID cohortId, String participantId,
                    String displayName, String institution, long rosterVersion) implements EnrolmentEvent {

    @Override
    public String subject() {
        return cohortId.toString();
    }
}
