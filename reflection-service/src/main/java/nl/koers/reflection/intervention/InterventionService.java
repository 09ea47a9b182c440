package nl.koers.reflection.intervention;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.Forbidden;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.problem.PreconditionFailed;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.reflection.casus.CaseService;
import nl.koers.reflection.membership.CohortMembership;
import nl.koers.reflection.membership.Memberships;

/**
 * The intervention use cases. Confirmed participants plan interventions, alone or as a work group of
 * confirmed participants of the same cohort; any owner who is still confirmed moves it along. Readers follow
 * its visibility; one the caller may not read answers 404. A change is a read, a rule check and a write
 * conditional on the version read, retried when another owner won the race.
 */
public class InterventionService {

    private static final int ATTEMPTS = 5;

    private final Interventions interventions;
    private final FeedbackStore feedback;
    private final CaseService cases;
    private final Memberships memberships;
    private final Clock clock;

    public InterventionService(Interventions interventions, FeedbackStore feedback, CaseService cases,
                               Memberships memberships, Clock clock) {
        this.interventions = interventions;
        this.feedback = feedback;
        this.cases = cases;
        this.memberships = memberships;
        this.clock = clock;
    }

    public Intervention plan(String userId, UUID cohortId, InterventionPlan plan, Set<String> coOwnerIds) {
        CohortMembership membership = memberships.of(cohortId);
        membership.requireWriter(userId);
        requireCoOwners(membership, coOwnerIds);
        if (plan.caseId() != null && !cases.isVisibleIn(userId, plan.caseId(), cohortId)) {
            throw new InvalidRequest("case-not-in-cohort", "Unknown case",
                    "There is no case " + plan.caseId() + " in cohort " + cohortId + " that you may read.");
        }
        Intervention intervention = Intervention.plan(cohortId, userId, coOwnerIds, plan, clock.instant());
        interventions.add(intervention);
        return intervention;
    }

    public Intervention get(String userId, UUID id) {
        return visible(userId, id);
    }

    public PageView<Intervention> list(String userId, UUID cohortId, Paging paging) {
        return interventions.visibleIn(cohortId, userId, memberships.of(cohortId).sharedWith(userId), paging);
    }

    public Intervention revise(String userId, UUID id, Long ifMatch, InterventionPlan plan, Set<String> coOwnerIds) {
        return change(userId, id, ifMatch, (intervention, now) -> {
            requireCoOwners(memberships.of(intervention.cohortId()), coOwnerIds);
            if (plan.caseId() != null && !plan.caseId().equals(intervention.plan().caseId())
                    && !cases.isVisibleIn(userId, plan.caseId(), intervention.cohortId())) {
                throw new InvalidRequest("case-not-in-cohort", "Unknown case",
                        "There is no case " + plan.caseId() + " in this cohort that you may read.");
            }
            intervention.revise(plan, coOwnerIds, now);
        });
    }

    public Intervention start(String userId, UUID id, Long ifMatch) {
        return change(userId, id, ifMatch, Intervention::start);
    }

    public Intervention carryOut(String userId, UUID id, Long ifMatch, String experience) {
        return change(userId, id, ifMatch, (intervention, now) -> intervention.carryOut(experience, now));
    }

    public Intervention reflect(String userId, UUID id, Long ifMatch, String nextSteps) {
        return change(userId, id, ifMatch,
                (intervention, now) -> intervention.reflect(nextSteps, feedback.countOn(id), now));
    }

    /** Feedback comes from confirmed participants and facilitators who may read the intervention, not its owners. */
    public Feedback giveFeedback(String userId, UUID interventionId, String text) {
        Intervention intervention = visible(userId, interventionId);
        CohortMembership membership = memberships.of(intervention.cohortId());
        if (intervention.isOwnedBy(userId)) {
            throw new InvalidRequest("feedback-on-own-intervention", "Your own intervention",
                    "Feedback comes from peers and facilitators; record your own view as experience or next steps.");
        }
        Feedback.GiverRole role;
        if (membership.isFacilitator(userId)) {
            role = Feedback.GiverRole.FACILITATOR;
        } else {
            membership.requireWriter(userId);
            role = Feedback.GiverRole.PARTICIPANT;
        }
        Feedback given = Feedback.give(intervention, userId, role, text, clock.instant());
        feedback.add(given);
        return given;
    }

    public PageView<Feedback> feedbackOn(String userId, UUID interventionId, Paging paging) {
        visible(userId, interventionId);
        return feedback.on(interventionId, paging);
    }

    private Intervention change(String userId, UUID id, Long ifMatch, BiConsumer<Intervention, Instant> transition) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Intervention intervention = visible(userId, id);
            if (!intervention.isOwnedBy(userId)) {
                throw new Forbidden("not-an-owner", "Not your intervention",
                        "Only the owners of intervention " + id + " change it.");
            }
            memberships.of(intervention.cohortId()).requireWriter(userId);
            long readVersion = intervention.version();
            if (ifMatch != null && ifMatch != readVersion) {
                throw new PreconditionFailed("intervention-version-mismatch", "Intervention changed",
                        "The intervention is at version " + readVersion + ", not " + ifMatch + "; fetch it again.");
            }
            transition.accept(intervention, clock.instant());
            if (interventions.update(intervention, readVersion)) {
                return intervention;
            }
        }
        throw new Conflict("concurrent-change", "Changed by someone else",
                "The intervention kept changing while your request was handled; fetch it again and retry.");
    }

    private static void requireCoOwners(CohortMembership membership, Set<String> coOwnerIds) {
        Set<String> outsiders = new TreeSet<>();
        coOwnerIds.stream().filter(id -> !membership.mayWrite(id)).forEach(outsiders::add);
        if (!outsiders.isEmpty()) {
            throw new InvalidRequest("co-owner-not-a-participant", "Co-owner not a participant",
                    "A work group is made of confirmed participants of cohort " + membership.cohortId()
                            + "; these are not: " + outsiders + ".");
        }
    }

    private Intervention visible(String userId, UUID id) {
        Intervention intervention = interventions.find(id).orElseThrow(() -> notFound(id));
        if (!memberships.of(intervention.cohortId()).maySee(userId, intervention.owners(),
                intervention.plan().visibility())) {
            throw notFound(id);
        }
        return intervention;
    }

    static NotFound notFound(UUID id) {
        return new NotFound("intervention-not-found", "Intervention not found",
                "There is no intervention " + id + " that you may read.");
    }
}
