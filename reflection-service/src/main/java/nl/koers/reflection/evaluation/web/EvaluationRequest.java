package nl.koers.reflection.evaluation.web;

import java.util.Map;
import java.util.UUID;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.evaluation.EvaluationForm;
import nl.koers.reflection.web.Keys;

/** A participant's evaluation of a cohort's trajectory: every item of its form rated 1..5, and a comment. */
record EvaluationRequest(
        @NotNull UUID cohortId,
        @NotEmpty @Size(max = EvaluationForm.MAX_ITEMS)
        Map<@NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String,
                @NotNull @Min(EvaluationForm.LOWEST) @Max(EvaluationForm.HIGHEST) Integer> ratings,
        @Size(max = EvaluationForm.MAX_COMMENT) String comment) {
}
