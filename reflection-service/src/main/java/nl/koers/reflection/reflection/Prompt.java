package nl.koers.reflection.reflection;

/**
 * A question an organiser puts to participants after a session, such as "the role you were given and the
 * role you take" or "when are we satisfied (tevreden), when proud (trots)". Reflections answer it by key.
 */
public record Prompt(String key, String question) {
}
