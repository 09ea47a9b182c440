package nl.koers.web.reflection;

import java.util.List;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.reflection.CohortFacts.CohortSession;
import nl.koers.web.reflection.ReflectionModels.SessionPrompts;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every reflection page shows around the text: the cohort and its trajectory, the session it is about
 * and that session's prompts, loaded at the same time from trajectory-service and reflection-service. A
 * service that is away blanks only its part.
 */
@Component
class ReflectionContext {

    private final KoersApi api;
    private final CohortFacts cohorts;
    private final Parts parts;

    ReflectionContext(KoersApi api, CohortFacts cohorts, Parts parts) {
        this.api = api;
        this.cohorts = cohorts;
        this.parts = parts;
    }

    /**
     * Adds {@code cohort}, {@code sessions}, {@code session} and {@code prompts} to the model.
     *
     * @param cohortRequired whether a cohort the reader may not see ends the page with "not found" (when
     *                       writing in it) or only leaves out its name (when reading one's own reflection)
     */
    void load(UUID cohortId, UUID sessionId, boolean cohortRequired, Model model) {
        var cohort = parts.load(() -> cohortRequired ? cohorts.header(cohortId) : cohorts.headerIfVisible(cohortId));
        var sessions = parts.load(() -> cohorts.sessions(cohortId));
        var prompts = parts.load(() -> promptsOf(sessionId));
        Part<List<CohortSession>> loadedSessions = sessions.get();
        model.addAttribute("cohort", cohort.get());
        model.addAttribute("sessions", loadedSessions);
        model.addAttribute("aboutSession", loadedSessions.available() ? CohortFacts.find(loadedSessions.value(), sessionId) : null);
        model.addAttribute("prompts", prompts.get());
    }

    /**
     * A session's prompts; none when it has none or reflection-service does not know the session (yet). Writing
     * the reflection then tells whether it can be written.
     */
    SessionPrompts promptsOf(UUID sessionId) {
        if (sessionId == null) {
            return SessionPrompts.none();
        }
        try {
            return api.get(SessionPrompts.class, "/api/reflections/prompts/{sessionId}", sessionId);
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                return SessionPrompts.none();
            }
            throw problem;
        }
    }
}
