package nl.koers.reflection.evaluation;

import java.util.Optional;
import java.util.UUID;

/** Where each cohort's evaluations are kept, with their pending events. */
public interface CohortEvaluations {

    Optional<CohortEvaluation> find(UUID cohortId);

    /** Stores {@code evaluation} if the stored one is at {@code version - 1} (or absent for version 1). */
    boolean save(CohortEvaluation evaluation);
}
