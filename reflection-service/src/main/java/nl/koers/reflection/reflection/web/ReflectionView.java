package nl.koers.reflection.reflection.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.reflection.membership.Visibility;
import nl.koers.reflection.reflection.Reflection;
import org.jspecify.annotations.Nullable;

/** A reflection as its readers see it; {@code version} is also its ETag. */
record ReflectionView(
        UUID id,
        UUID cohortId,
        @Schema(description = "The session the reflection is about; null when it is about none in particular")
        @Nullable UUID sessionId,
        @Schema(description = "The author's user id: the subject of their access token")
        String ownerId,
        String text,
        @Schema(description = "Answers to the session's prompts: prompt key to answer; empty when none")
        Map<String, String> prompts,
        @Schema(description = "Who besides the author may read it: PRIVATE, FACILITATORS or COHORT")
        Visibility visibility,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Grows with every revision; the ETag is this number in quotes", example = "1")
        long version) {

    static ReflectionView of(Reflection r) {
        return new ReflectionView(r.id(), r.cohortId(), r.content().sessionId(), r.ownerId(), r.content().text(),
                r.content().answers(), r.content().visibility(), r.createdAt(), r.updatedAt(), r.version());
    }
}
