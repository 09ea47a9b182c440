package nl.koers.reflection.reflection;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.Forbidden;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.problem.PreconditionFailed;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.reflection.membership.CohortMembership;
import nl.koers.reflection.membership.Memberships;
import nl.koers.reflection.membership.Visibility;

/**
 * The reflection use cases. Only confirmed participants write; who reads follows the reflection's visibility
 * and the cohort membership at the time of reading, so a participant who withdraws stops reading what the
 * cohort shared and stops writing, but keeps reading and may delete their own. A reflection the caller may
 * not read answers 404, as if it did not exist.
 */
public class ReflectionService {

    private static final int ATTEMPTS = 5;

    private final Reflections reflections;
    private final PromptSets prompts;
    private final Memberships memberships;
    private final Clock clock;

    public ReflectionService(Reflections reflections, PromptSets prompts, Memberships memberships, Clock clock) {
        this.reflections = reflections;
        this.prompts = prompts;
        this.memberships = memberships;
        this.clock = clock;
    }

    public Reflection write(String userId, UUID cohortId, ReflectionContent content) {
        CohortMembership membership = memberships.of(cohortId);
        membership.requireWriter(userId);
        requireSessionAndPrompts(membership, content);
        Reflection reflection = Reflection.write(cohortId, userId, content, clock.instant());
        reflections.add(reflection);
        return reflection;
    }

    public Reflection get(String userId, UUID id) {
        return visible(userId, id).reflection();
    }

    /** With a cohort: what the caller may read there. Without: the caller's own reflections everywhere. */
    public PageView<Reflection> list(String userId, Optional<UUID> cohortId, Paging paging) {
        if (cohortId.isEmpty()) {
            return reflections.ownedBy(userId, paging);
        }
        CohortMembership membership = memberships.of(cohortId.get());
        return reflections.visibleIn(cohortId.get(), userId, membership.sharedWith(userId), paging);
    }

    /** @param ifMatch the version the caller last read, or null to revise whatever is current */
    public Reflection revise(String userId, UUID id, Long ifMatch, ReflectionContent content) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Visible visible = ownOnly(userId, id, "change");
            visible.membership().requireWriter(userId);
            Reflection reflection = visible.reflection();
            long readVersion = reflection.version();
            requireMatch(ifMatch, readVersion);
            requireSessionAndPrompts(visible.membership(), content);
            reflection.revise(content, clock.instant());
            if (reflections.update(reflection, readVersion)) {
                return reflection;
            }
        }
        throw busy();
    }

    /** Owners delete their own reflections, also after withdrawing: it is their personal data. */
    public void delete(String userId, UUID id, Long ifMatch) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Reflection reflection = ownOnly(userId, id, "delete").reflection();
            requireMatch(ifMatch, reflection.version());
            if (reflections.delete(id, reflection.version())) {
                return;
            }
        }
        throw busy();
    }

    /** Counts per visibility for organisers and the cohort's facilitators, who never read the text itself. */
    public Map<Visibility, Long> counts(String userId, boolean managesCohorts, UUID cohortId) {
        CohortMembership membership = memberships.of(cohortId);
        if (!membership.isKnown() || !(managesCohorts || membership.isFacilitator(userId))) {
            throw new NotFound("cohort-not-found", "Cohort not found",
                    "There is no cohort " + cohortId + " whose reflections you may count.");
        }
        return reflections.countIn(cohortId);
    }

    private void requireSessionAndPrompts(CohortMembership membership, ReflectionContent content) {
        if (content.sessionId() == null) {
            return;
        }
        if (membership.session(content.sessionId()).isEmpty()) {
            throw new InvalidRequest("session-not-in-cohort", "Session not in cohort",
                    "Session " + content.sessionId() + " is not (yet) known as a session of cohort "
                            + membership.cohortId() + ".");
        }
        prompts.find(content.sessionId())
                .orElse(SessionPrompts.none(content.sessionId(), membership.cohortId()))
                .requireAnswerable(content.answers().keySet());
    }

    private record Visible(Reflection reflection, CohortMembership membership) {
    }

    private Visible visible(String userId, UUID id) {
        Reflection reflection = reflections.find(id).orElseThrow(() -> notFound(id));
        CohortMembership membership = memberships.of(reflection.cohortId());
        if (!membership.maySee(userId, reflection.owners(), reflection.content().visibility())) {
            throw notFound(id);
        }
        return new Visible(reflection, membership);
    }

    private Visible ownOnly(String userId, UUID id, String action) {
        Visible visible = visible(userId, id);
        if (!visible.reflection().isOwnedBy(userId)) {
            throw new Forbidden("not-the-owner", "Not your reflection",
                    "Only the participant who wrote reflection " + id + " may " + action + " it.");
        }
        return visible;
    }

    private static void requireMatch(Long ifMatch, long current) {
        if (ifMatch != null && ifMatch != current) {
            throw new PreconditionFailed("reflection-version-mismatch", "Reflection changed",
                    "The reflection is at version " + current + ", not " + ifMatch + "; fetch it again.");
        }
    }

    private static Conflict busy() {
        return new Conflict("concurrent-change", "Changed by someone else",
                "The reflection kept changing while your request was handled; fetch it again and retry.");
    }

    static NotFound notFound(UUID id) {
        return new NotFound("reflection-not-found", "Reflection not found",
                "There is no reflection " + id + " that you may read.");
    }
}
