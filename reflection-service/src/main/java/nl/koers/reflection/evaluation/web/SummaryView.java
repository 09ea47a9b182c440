package nl.koers.reflection.evaluation.web;

import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.reflection.evaluation.EvaluationSummary;
import org.jspecify.annotations.Nullable;

/**
 * A cohort's evaluation summary. When suppressed it carries only that fact, the threshold and why: no
 * count, no averages, no zeros that could be mistaken for results.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SummaryView(
        UUID cohortId,
        @Schema(description = "True when fewer than minimumResponses participants evaluated: then only message"
                + " follows, no figures")
        boolean suppressed,
        @Schema(description = "How many responses it takes before anything is shown", example = "5")
        int minimumResponses,
        @Schema(description = "Why nothing is shown; only when suppressed")
        @Nullable String message,
        @Schema(description = "How many participants evaluated; absent when suppressed", example = "12")
        @Nullable Integer responses,
        @Schema(description = "Per item, in the form's order: the average and how many gave each rating 1..5;"
                + " absent when suppressed")
        @Nullable List<EvaluationSummary.ItemSummary> items,
        @Schema(description = "The comments, without names and in no particular order; absent when suppressed")
        @Nullable List<String> comments) {

    static SummaryView of(EvaluationSummary s) {
        String message = s.suppressed()
                ? "Fewer than " + s.minimumResponses() + " participants evaluated this cohort; nothing is shown"
                        + " so that no answer can be traced back to who gave it."
                : null;
        return new SummaryView(s.cohortId(), s.suppressed(), s.minimumResponses(), message, s.responses(), s.items(),
                s.comments());
    }
}
