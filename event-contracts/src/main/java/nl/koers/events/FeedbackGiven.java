package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A peer or a facilitator gave feedback on an intervention. Keyed by intervention, so it follows the
 * intervention's own events in order. {@code giverRole} is PARTICIPANT or FACILITATOR; the text stays in
 * reflection-service.
 */
public record FeedbackGiven(UUID eventId, Instant occurredAt, UUID feedbackId, UUID interventionId, UUID cohortId,
                            String giverRole) implements InterventionEvent {

    @Override
    public String subject() {
        return interventionId.toString();
    }
}
