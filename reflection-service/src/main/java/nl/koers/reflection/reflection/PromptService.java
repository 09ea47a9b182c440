package nl.koers.reflection.reflection;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.web.Caller;
import nl.koers.events.ReflectionActionAudited;
import nl.koers.reflection.audit.AuditTrail;
import nl.koers.reflection.membership.CohortMembership;
import nl.koers.reflection.membership.Memberships;

/**
 * Prompts the organiser attaches to a session's reflection. A session is known here only from
 * trajectory-service's events, which also tell its cohort; prompts are shown to that cohort's participants
 * and facilitators and to organisers, and to nobody else. Every replacement is audited, in the same write,
 * with who made it and the prompts' keys.
 */
public class PromptService {

    private static final int ATTEMPTS = 5;

    private final PromptSets prompts;
    private final Memberships memberships;
    private final Clock clock;

    public PromptService(PromptSets prompts, Memberships memberships, Clock clock) {
        this.prompts = prompts;
        this.memberships = memberships;
        this.clock = clock;
    }

    public SessionPrompts attach(Caller caller, UUID sessionId, List<Prompt> replacement) {
        UUID cohortId = memberships.cohortOfSession(sessionId).orElseThrow(() -> notFound(sessionId));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SessionPrompts next = prompts.find(sessionId).orElse(SessionPrompts.none(sessionId, cohortId))
                    .replacedBy(replacement);
            if (prompts.save(next, List.of(audited(caller, next)))) {
                return next;
            }
        }
        throw new Conflict("concurrent-change", "Changed by someone else",
                "The session's prompts kept changing while your request was handled; try again.");
    }

    private ReflectionActionAudited audited(Caller caller, SessionPrompts next) {
        return AuditTrail.managed(caller, clock.instant(), "reflection-prompts.replaced", "reflection-prompts",
                next.sessionId(), next.cohortId(), Map.of("prompts", String.valueOf(next.prompts().size()),
                        "keys", String.join(",", next.prompts().stream().map(Prompt::key).toList()),
                        "version", String.valueOf(next.version())));
    }

    public SessionPrompts get(String userId, boolean managesCohorts, UUID sessionId) {
        UUID cohortId = memberships.cohortOfSession(sessionId).orElseThrow(() -> notFound(sessionId));
        CohortMembership membership = memberships.of(cohortId);
        if (!managesCohorts && !membership.isFacilitator(userId) && !membership.mayWrite(userId)) {
            throw notFound(sessionId);
        }
        return prompts.find(sessionId).orElse(SessionPrompts.none(sessionId, cohortId));
    }

    private static NotFound notFound(UUID sessionId) {
        return new NotFound("session-not-found", "Session not found",
                "There is no session " + sessionId + " known here that you may see (sessions arrive from"
                        + " trajectory-service a moment after they are scheduled).");
    }
}
