package nl.koers.reflection.reflection;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.koers.events.DomainEvent;
import nl.koers.events.ReflectionWritten;

/**
 * A participant's own text after a session, owned by them alone. Every revision raises {@code version} (the
 * ETag) and records a {@link ReflectionWritten} that carries ids and counts, never the text.
 */
public final class Reflection {

    private final UUID id;
    private final UUID cohortId;
    private final String ownerId;
    private final Instant createdAt;
    private ReflectionContent content;
    private Instant updatedAt;
    private long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Reflection(UUID id, UUID cohortId, String ownerId, ReflectionContent content, Instant createdAt,
                       Instant updatedAt, long version) {
        this.id = id;
        this.cohortId = cohortId;
        this.ownerId = ownerId;
        this.content = content;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    public static Reflection write(UUID cohortId, String ownerId, ReflectionContent content, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        Reflection reflection = new Reflection(UUID.randomUUID(), cohortId, ownerId, content, at, at, 1);
        reflection.written(at);
        return reflection;
    }

    public static Reflection restore(UUID id, UUID cohortId, String ownerId, ReflectionContent content,
                                     Instant createdAt, Instant updatedAt, long version) {
        return new Reflection(id, cohortId, ownerId, content, createdAt, updatedAt, version);
    }

    public void revise(ReflectionContent revised, Instant now) {
        content = revised;
        updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
        version++;
        written(updatedAt);
    }

    private void written(Instant at) {
        pendingEvents.add(new ReflectionWritten(UUID.randomUUID(), at, id, cohortId, content.sessionId(), ownerId,
                content.visibility().name(), content.answers().size(), version));
    }

    public boolean isOwnedBy(String userId) {
        return ownerId.equals(userId);
    }

    public Set<String> owners() {
        return Set.of(ownerId);
    }

    public UUID id() {
        return id;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public String ownerId() {
        return ownerId;
    }

    public ReflectionContent content() {
        return content;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** Events caused by changes not yet stored; the repository writes them with the state. */
    public List<DomainEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
