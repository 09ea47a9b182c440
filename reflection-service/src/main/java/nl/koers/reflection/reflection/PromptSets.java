package nl.koers.reflection.reflection;

import java.util.Optional;
import java.util.UUID;

/** Where the prompts attached to sessions are kept, one set per session. */
public interface PromptSets {

    Optional<SessionPrompts> find(UUID sessionId);

    /** Stores the set if the stored one is still at {@code version - 1} (or absent for version 1). */
    boolean save(SessionPrompts prompts);
}
