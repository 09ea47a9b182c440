package nl.koers.reflection.intervention;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.koers.events.DomainEvent;
import nl.koers.events.FeedbackGiven;

/**
 * A peer's or facilitator's response to an intervention. Its own record (not an array in the intervention)
 * so that giving feedback never races with the owners changing their plan; it records a
 * {@link FeedbackGiven} without the text.
 */
public record Feedback(UUID id, UUID interventionId, UUID cohortId, String giverId, GiverRole giverRole, String text,
                       Instant givenAt, List<DomainEvent> pendingEvents) {

    public static final int MAX_TEXT = 4_000;

    /** Whether the feedback comes from a fellow participant or from one of the cohort's facilitators. */
    public enum GiverRole {
        PARTICIPANT, FACILITATOR
    }

    public Feedback {
        pendingEvents = List.copyOf(pendingEvents);
    }

    public static Feedback give(Intervention intervention, String giverId, GiverRole role, String text, Instant now) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT) {
            throw InterventionPlan.invalid("Feedback must be 1 to " + MAX_TEXT + " characters.");
        }
        UUID id = UUID.randomUUID();
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        return new Feedback(id, intervention.id(), intervention.cohortId(), giverId, role, text.strip(), at,
                List.of(new FeedbackGiven(UUID.randomUUID(), at, id, intervention.id(), intervention.cohortId(),
                        role.name())));
    }
}
