package nl.koers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant wrote or revised a reflection. Carries who, where and how widely it is shared, never the
 * text: reports count reflections per cohort and session. {@code revision} grows with every edit, so a
 * consumer keeps the newest by a version-checked upsert. {@code sessionId} is null for a reflection on the
 * trajectory as a whole; {@code visibility} is PRIVATE, FACILITATORS or COHORT.
 */
public record ReflectionWritten(UUID eventId, Instant occurredAt, UUID reflectionId, UUID cohortId, UUID sessionId,
                                String participantId, String visibility, int promptsAnswered, long revision)
        implements ReflectionEvent {

    @Override
    public String subject() {
        return reflectionId.toString();
    }
}
