package nl.koers.reflection.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.web.Caller;
import nl.koers.reflection.audit.AuditTrail;
import nl.koers.reflection.membership.CohortMembership;
import nl.koers.reflection.membership.Memberships;

/**
 * The evaluation use cases. A confirmed participant evaluates a cohort once, after its last session. The
 * marker that enforces "once" is written first; if the response then cannot be stored the marker is taken
 * back, so a failure never leaves a participant unable to evaluate nor a response counted twice.
 */
public class EvaluationService {

    private static final int ATTEMPTS = 20;

    private final CohortEvaluations evaluations;
    private final Respondents respondents;
    private final EvaluationForms forms;
    private final Memberships memberships;
    private final Clock clock;
    private final RandomGenerator random;

    public EvaluationService(CohortEvaluations evaluations, Respondents respondents, EvaluationForms forms,
                             Memberships memberships, Clock clock, RandomGenerator random) {
        this.evaluations = evaluations;
        this.respondents = respondents;
        this.forms = forms;
        this.memberships = memberships;
        this.clock = clock;
        this.random = random;
    }

    /** @return the cohort's number of responses, this one included */
    public int submit(String userId, UUID cohortId, Map<String, Integer> ratings, String comment) {
        CohortMembership membership = memberships.of(cohortId);
        membership.requireWriter(userId);
        Instant now = clock.instant();
        if (!membership.isOver(now)) {
            throw new Conflict("trajectory-not-over", "Not over yet", membership.lastSessionEndsAt()
                    .map(end -> "The cohort's last session ends at " + end + "; evaluate after that.")
                    .orElse("The cohort has no scheduled sessions known here yet; evaluate after its last session."));
        }
        EvaluationResponse response = formFor(membership.trajectoryId()).respond(ratings, comment);
        if (!respondents.mark(cohortId, userId)) {
            throw new Conflict("already-evaluated", "Already evaluated",
                    "You have evaluated this cohort's trajectory already; each participant evaluates once.");
        }
        try {
            return store(cohortId, membership.trajectoryId(), response, now);
        } catch (RuntimeException e) {
            respondents.unmark(cohortId, userId);
            throw e;
        }
    }

    private int store(UUID cohortId, UUID trajectoryId, EvaluationResponse response, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            CohortEvaluation next = evaluations.find(cohortId).orElse(CohortEvaluation.none(cohortId, trajectoryId))
                    .add(response, random, now);
            if (evaluations.save(next)) {
                return next.responses().size();
            }
        }
        throw new Conflict("evaluations-busy", "Many evaluations at once",
                "Many participants are evaluating this cohort right now; please try again.");
    }

    /** For organisers and the cohort's facilitators; others are told the cohort is not found. */
    public EvaluationSummary summary(String userId, boolean managesCohorts, UUID cohortId) {
        CohortMembership membership = memberships.of(cohortId);
        if (!membership.isKnown() || !(managesCohorts || membership.isFacilitator(userId))) {
            throw new NotFound("cohort-not-found", "Cohort not found",
                    "There is no cohort " + cohortId + " whose evaluations you may see.");
        }
        return evaluations.find(cohortId).orElse(CohortEvaluation.none(cohortId, membership.trajectoryId()))
                .summary(formFor(membership.trajectoryId()));
    }

    public EvaluationForm form(UUID trajectoryId) {
        return formFor(trajectoryId);
    }

    /** The form of the trajectory a known cohort runs; the default items while its trajectory is not known. */
    public EvaluationForm formOfCohort(UUID cohortId) {
        CohortMembership membership = memberships.of(cohortId);
        if (!membership.isKnown()) {
            throw new NotFound("cohort-not-found", "Cohort not found", "There is no cohort " + cohortId + " known here.");
        }
        return formFor(membership.trajectoryId());
    }

    /** Organisers replace a trajectory's items; audited with the new item keys. */
    public EvaluationForm configure(Caller caller, UUID trajectoryId, List<EvaluationItem> items) {
        for (int attempt = 0; attempt < 5; attempt++) {
            EvaluationForm next = formFor(trajectoryId).replacedBy(items);
            var audited = AuditTrail.managed(caller, clock.instant(), "evaluation-items.configured",
                    "evaluation-items", trajectoryId, null, Map.of("items", String.valueOf(next.items().size()),
                            "keys", String.join(",", next.items().stream().map(EvaluationItem::key).toList()),
                            "version", String.valueOf(next.version())));
            if (forms.save(next, List.of(audited))) {
                return next;
            }
        }
        throw new Conflict("concurrent-change", "Changed by someone else",
                "The evaluation items kept changing while your request was handled; try again.");
    }

    private EvaluationForm formFor(UUID trajectoryId) {
        return trajectoryId == null ? EvaluationForm.defaults(null)
                : forms.find(trajectoryId).orElse(EvaluationForm.defaults(trajectoryId));
    }
}
