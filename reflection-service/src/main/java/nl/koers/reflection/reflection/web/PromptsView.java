package nl.koers.reflection.reflection.web;

import java.util.List;
import java.util.UUID;
import nl.koers.reflection.reflection.Prompt;
import nl.koers.reflection.reflection.SessionPrompts;

/** The prompts of one session's reflection. */
record PromptsView(UUID sessionId, UUID cohortId, List<Prompt> prompts, long version) {

    static PromptsView of(SessionPrompts p) {
        return new PromptsView(p.sessionId(), p.cohortId(), p.prompts(), p.version());
    }
}
