package nl.koers.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A peer or a facilitator gave feedback on an intervention. Keyed by intervention, so it follows the
 * intervention's own events in order. {@code giverRole} is PARTICIPANT or FACILITATOR; the text stays in
 * reflection-service. {@code ownerIds} are the intervention's owners when the feedback was given (the planner and
 * the work group): notification-service tells them there is feedback, never what it says ({@code null} in records
 * written before it was added).
 */
public record FeedbackGiven(UUID eventId, Instant occurredAt, UUID feedbackId, UUID interventionId, UUID cohortId,
                            String giverRole, List<String> ownerIds) implements InterventionEvent {

    @Override
    public String subject() {
        return interventionId.toString();
    }
}
