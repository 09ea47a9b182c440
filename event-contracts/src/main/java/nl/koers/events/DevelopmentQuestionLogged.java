package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A confirmed participant wrote down a development question for a cohort (revision 1). Ids, scope and
 * visibility only: the question's text is the participant's and never travels. {@code questionVersion} grows
 * with every change of the question; {@code scope} is INDIVIDUAL or TEAM, {@code visibility} PRIVATE,
 * FACILITATORS or COHORT, strings so that a later value does not break an older reader.
 */
public record DevelopmentQuestionLogged(UUID eventId, Instant occurredAt, UUID questionId, UUID cohortId,
                                        String participantId, long questionVersion, int revision, String scope,
                                        String visibility) implements DevelopmentQuestionEvent {

    @Override
    public String subject() {
        return questionId.toString();
    }
}
