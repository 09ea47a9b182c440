package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An intervention was carried out and its owners recorded their experience (which does not travel).
 * {@code stepsDone} of {@code stepCount} steps were done; both are 0 for a compact intervention.
 */
public record InterventionCarriedOut(UUID eventId, Instant occurredAt, UUID interventionId, UUID cohortId,
                                     String kind, int stepCount, int stepsDone) implements InterventionEvent {

    @Override
    public String subject() {
        return interventionId.toString();
    }
}
