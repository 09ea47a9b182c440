package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant refined their development question: revision {@code revision} replaced the one before,
 * possibly in a session ({@code sessionId}, else null). {@code previousScope} and {@code scope} show the move
 * from an individual to a team question without the text, which never travels.
 */
public record DevelopmentQuestionRefined(UUID eventId, Instant occurredAt, UUID questionId, UUID cohortId,
                                         String participantId, long questionVersion, int revision,
                                         String previousScope, String scope, UUID sessionId, String visibility)
        implements DevelopmentQuestionEvent {

    @Override
    public String subject() {
        return questionId.toString();
    }
}
