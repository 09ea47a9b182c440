package nl.koers.reflection.reflection;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.problem.InvalidRequest;

/**
 * The prompts attached to one session's reflection. Replaced whole by the organiser; {@code version} grows
 * with each replacement. A session without attached prompts has none: participants then reflect freely.
 */
public record SessionPrompts(UUID sessionId, UUID cohortId, List<Prompt> prompts, long version) {

    public static final int MAX_PROMPTS = 10;
    public static final int MAX_QUESTION = 500;

    public SessionPrompts {
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
        if (prompts.size() > MAX_PROMPTS) {
            throw invalid("A session has at most " + MAX_PROMPTS + " prompts.");
        }
        Set<String> keys = new HashSet<>();
        for (Prompt prompt : prompts) {
            if (!keys.add(prompt.key())) {
                throw invalid("The prompt key '" + prompt.key() + "' is used twice; each key names one prompt.");
            }
            if (prompt.question() == null || prompt.question().isBlank() || prompt.question().length() > MAX_QUESTION) {
                throw invalid("The question of prompt '" + prompt.key() + "' must be 1 to " + MAX_QUESTION + " characters.");
            }
        }
    }

    public static SessionPrompts none(UUID sessionId, UUID cohortId) {
        return new SessionPrompts(sessionId, cohortId, List.of(), 0);
    }

    public SessionPrompts replacedBy(List<Prompt> replacement) {
        return new SessionPrompts(sessionId, cohortId, replacement, version + 1);
    }

    /** @throws InvalidRequest naming the keys that are not prompts of this session */
    public void requireAnswerable(Set<String> answeredKeys) {
        Set<String> unknown = new java.util.TreeSet<>(answeredKeys);
        prompts.forEach(p -> unknown.remove(p.key()));
        if (!unknown.isEmpty()) {
            throw new InvalidRequest("unknown-prompt", "Unknown prompt",
                    "Session " + sessionId + " has no prompt " + unknown + "; its prompts are "
                            + prompts.stream().map(Prompt::key).toList() + ".");
        }
    }

    private static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-prompts", "Invalid prompts", detail);
    }
}
