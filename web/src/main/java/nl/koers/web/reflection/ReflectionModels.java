package nl.koers.web.reflection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.reflection.CohortFacts.CohortSession;

/** reflection-service's answers about reflections and their prompts, and how the pages group them. */
final class ReflectionModels {

    private ReflectionModels() {
    }

    /** A reflection as its readers see it; its version is also its ETag. */
    record Reflection(UUID id, UUID cohortId, UUID sessionId, String ownerId, String text, Map<String, String> prompts,
                      String visibility, Instant createdAt, Instant updatedAt, long version) {

        Reflection {
            prompts = prompts == null ? Map.of() : prompts;
        }
    }

    /** A question the organiser attached to a session's reflection, answered by its key. */
    record Prompt(String key, String question) {
    }

    /** A session's prompts; none is an empty list. */
    record SessionPrompts(UUID sessionId, UUID cohortId, List<Prompt> prompts, long version) {

        static SessionPrompts none() {
            return new SessionPrompts(null, null, List.of(), 0);
        }

        SessionPrompts {
            prompts = prompts == null ? List.of() : List.copyOf(prompts);
        }

        public String question(String key) {
            return prompts.stream().filter(p -> p.key().equals(key)).map(Prompt::question).findFirst().orElse(null);
        }
    }

    /** What the API takes for a new reflection: {@code prompts} answers the session's prompts by key. */
    record NewReflection(UUID cohortId, UUID sessionId, String text, Map<String, String> prompts, String visibility) {
    }

    /** What the API takes for a revision, replacing the old content whole. */
    record Revision(UUID sessionId, String text, Map<String, String> prompts, String visibility) {
    }

    /**
     * The reflections of one page that are about one session: {@code session} is null when it is about none
     * ({@code sessionId} null too) or about one trajectory-service no longer lists.
     */
    record SessionGroup(UUID sessionId, CohortSession session, List<Reflection> reflections) {
    }

    /** The reflections of one page in one cohort, by session. */
    record CohortGroup(UUID cohortId, String cohortName, String trajectoryTitle, List<SessionGroup> sessions) {
    }
}
