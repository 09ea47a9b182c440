package nl.koers.reflection.reflection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.reflection.membership.Visibility;

/**
 * What a participant writes and decides about a reflection: optionally the session it is about, the text,
 * answers to that session's prompts (prompt key to answer) and who may read it. Valid by construction.
 */
public record ReflectionContent(UUID sessionId, String text, Map<String, String> answers, Visibility visibility) {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_ANSWER = 4_000;
    public static final int MAX_ANSWERS = SessionPrompts.MAX_PROMPTS;

    public ReflectionContent {
        if (text == null || text.isBlank()) {
            throw invalid("A reflection needs a text.");
        }
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            throw invalid("The text is longer than " + MAX_TEXT + " characters.");
        }
        if (visibility == null) {
            throw invalid("Say who may read the reflection: visibility PRIVATE, FACILITATORS or COHORT.");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((key, answer) -> {
                if (answer == null || answer.isBlank() || answer.length() > MAX_ANSWER) {
                    throw invalid("The answer to prompt '" + key + "' must be 1 to " + MAX_ANSWER + " characters.");
                }
                copy.put(key, answer.strip());
            });
        }
        if (copy.size() > MAX_ANSWERS) {
            throw invalid("A reflection answers at most " + MAX_ANSWERS + " prompts.");
        }
        if (!copy.isEmpty() && sessionId == null) {
            throw invalid("Prompts belong to a session: give the sessionId whose prompts you answer.");
        }
        answers = java.util.Collections.unmodifiableMap(copy);
    }

    static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-reflection", "Invalid reflection", detail);
    }
}
