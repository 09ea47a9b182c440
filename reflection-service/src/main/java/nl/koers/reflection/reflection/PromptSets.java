package nl.koers.reflection.reflection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koers.events.DomainEvent;

/** Where the prompts attached to sessions are kept, one set per session. */
public interface PromptSets {

    Optional<SessionPrompts> find(UUID sessionId);

    /**
     * Stores the set, with {@code events} in its outbox in the same write, if the stored one is still at
     * {@code version - 1} (or absent for version 1).
     */
    boolean save(SessionPrompts prompts, List<? extends DomainEvent> events);
}
