package nl.koers.reflection.reflection.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.koers.reflection.membership.Visibility;
import nl.koers.reflection.reflection.Reflection;

/** A reflection as its readers see it; {@code version} is also its ETag. */
record ReflectionView(UUID id, UUID cohortId, UUID sessionId, String ownerId, String text, Map<String, String> prompts,
                      Visibility visibility, Instant createdAt, Instant updatedAt, long version) {

    static ReflectionView of(Reflection r) {
        return new ReflectionView(r.id(), r.cohortId(), r.content().sessionId(), r.ownerId(), r.content().text(),
                r.content().answers(), r.content().visibility(), r.createdAt(), r.updatedAt(), r.version());
    }
}
