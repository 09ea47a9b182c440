package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant saved the stakeholder map of their development question. Counts only: stakeholders name real
 * colleagues, so names, functions and notes never travel. {@code mapVersion} grows with every save; the
 * quadrant counts follow the power/interest grid (influence and interest 3 or more count as high).
 */
public record StakeholderMapUpdated(UUID eventId, Instant occurredAt, UUID questionId, UUID cohortId,
                                    String participantId, long mapVersion, int stakeholders, int stillToInvolve,
                                    int manageClosely, int keepSatisfied, int keepInformed, int monitor)
        implements DevelopmentQuestionEvent {

    @Override
    public String subject() {
        return questionId.toString();
    }
}
