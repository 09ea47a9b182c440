package nl.koers.reflection.evaluation.web;

import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonInclude;
import nl.koers.reflection.evaluation.EvaluationSummary;

/**
 * A cohort's evaluation summary. When suppressed it carries only that fact, the threshold and why: no
 * count, no averages, no zeros that could be mistaken for results.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SummaryView(UUID cohortId, boolean suppressed, int minimumResponses, String message, Integer responses,
                   List<EvaluationSummary.ItemSummary> items, List<String> comments) {

    static SummaryView of(EvaluationSummary s) {
        String message = s.suppressed()
                ? "Fewer than " + s.minimumResponses() + " participants evaluated this cohort; nothing is shown"
                        + " so that no answer can be traced back to who gave it."
                : null;
        return new SummaryView(s.cohortId(), s.suppressed(), s.minimumResponses(), message, s.responses(), s.items(),
                s.comments());
    }
}
