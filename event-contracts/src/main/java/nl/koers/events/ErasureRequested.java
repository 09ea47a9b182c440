package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant asked for their personal data to be erased, or an admin did on their behalf: every service now
 * removes or anonymises what it holds about {@code participantId}, then says so ({@link TrajectoryDataErased},
 * {@link ReflectionDataErased}; enrolment-service, which keeps the request, records its own part). The participant
 * is named only by the identity provider's subject, a pseudonym that means nothing once Koers holds no profile for
 * it. Keyed by participant.
 *
 * @param requestedBy {@code participant} (their own request) or {@code admin}
 */
public record ErasureRequested(UUID eventId, Instant occurredAt, UUID erasureId, String participantId,
                               String requestedBy) implements EnrolmentPrivacyEvent {

    @Override
    public String subject() {
        return participantId;
    }
}
