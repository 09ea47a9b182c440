package nl.koers.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A participant evaluated the trajectory of a cohort. Deliberately without the participant's identity:
 * evaluations are reported only in aggregate. Carries the ratings (item key to 1..5) so reports can
 * aggregate them, and {@code responseCount}, the cohort's number of evaluations so far; the comment stays in
 * reflection-service. Consumers must suppress groups under 5 responses as reflection-service does.
 */
public record EvaluationSubmitted(UUID eventId, Instant occurredAt, UUID cohortId, UUID trajectoryId,
                                  Map<String, Integer> ratings, int responseCount) implements EvaluationEvent {

    @Override
    public String subject() {
        return cohortId.toString();
    }
}
