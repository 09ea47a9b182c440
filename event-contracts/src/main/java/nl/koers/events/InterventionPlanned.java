package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant, alone or with a work group, planned an intervention: a step-by-step action plan
 * (ACTION_PLAN, {@code stepCount} steps) or a compact intervention (COMPACT, no steps). Ids and counts only;
 * the title, goal and steps stay in reflection-service.
 */
public record InterventionPlanned(UUID eventId, Instant occurredAt, UUID interventionId, UUID cohortId,
                                  String kind, int stepCount, int ownerCount, UUID caseId,
                                  UUID developmentQuestionId) implements InterventionEvent {

    @Override
    public String subject() {
        return interventionId.toString();
    }
}
