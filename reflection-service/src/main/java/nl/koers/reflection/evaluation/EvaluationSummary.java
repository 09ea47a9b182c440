package nl.koers.reflection.evaluation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What organisers and facilitators see of a cohort's evaluations: per item the average and how many gave
 * each rating, and the comments, all without names. Below {@link CohortEvaluation#MINIMUM_RESPONSES}
 * responses nothing at all is shown, not even how many there are, since a handful of answers can be traced
 * back to the people who gave them.
 *
 * @param responses null when suppressed
 * @param items     null when suppressed
 * @param comments  null when suppressed; in no particular order
 */
public record EvaluationSummary(UUID cohortId, boolean suppressed, int minimumResponses, Integer responses,
                                List<ItemSummary> items, List<String> comments) {

    /** One item's ratings: {@code distribution} maps each rating 1..5 to how many gave it. */
    public record ItemSummary(String key, String label, int responses, double average, Map<Integer, Integer> distribution) {
    }

    public static EvaluationSummary suppressed(UUID cohortId) {
        return new EvaluationSummary(cohortId, true, CohortEvaluation.MINIMUM_RESPONSES, null, null, null);
    }
}
