package nl.koers.reflection.intervention;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.events.DomainEvent;
import nl.koers.events.FeedbackGiven;
import nl.koers.reflection.audit.AuditTrail;

/**
 * A peer's or facilitator's response to an intervention. Its own record (not an array in the intervention)
 * so that giving feedback never races with the owners changing their plan; it records a
 * {@link FeedbackGiven} without the text. A facilitator's feedback is staff work on a participant's record, so it
 * is audited too (who, on which intervention; never the text); a peer's is not.
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
        List<DomainEvent> events = new ArrayList<>();
        events.add(new FeedbackGiven(UUID.randomUUID(), at, id, intervention.id(), intervention.cohortId(), role.name(),
                List.copyOf(intervention.owners())));
        if (role == GiverRole.FACILITATOR) {
            events.add(AuditTrail.by(giverId, AuditTrail.FACILITATOR, at, "feedback.given", "feedback", id.toString(),
                    intervention.cohortId(), Map.of("interventionId", intervention.id().toString())));
        }
        return new Feedback(id, intervention.id(), intervention.cohortId(), giverId, role, text.strip(), at, events);
    }
}
