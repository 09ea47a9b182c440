package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/** A participant changed who may read their development question and its stakeholder map. */
public record DevelopmentQuestionVisibilityChanged(UUID eventId, Instant occurredAt, UUID questionId, UUID cohortId,
                                                   String participantId, long questionVersion, String visibility)
        implements DevelopmentQuestionEvent {

    @Override
    public String subject() {
        return questionId.toString();
    }
}
