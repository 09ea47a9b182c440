package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A confirmed participant completed the cohort, because the organiser completed it. Keyed by cohort:
 * {@code rosterVersion} orders every change of one cohort's roster; all enrolments completed together share
 * one rosterVersion, as they are one change of the roster.
 */
@EventVersion(2)
public record EnrolmentCompleted(UUID eventId, Instant occurredAt, UUID enrolmentId, UUID cohortId, String participantId,
                    long rosterVersion) implements EnrolmentEvent {

    @Override
    public String subject() {
        return cohortId.toString();
    }
}
