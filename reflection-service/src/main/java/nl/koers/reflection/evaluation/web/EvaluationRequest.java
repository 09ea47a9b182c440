package nl.koers.reflection.evaluation.web;

import java.util.Map;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.evaluation.EvaluationForm;
import nl.koers.reflection.web.Keys;
import org.jspecify.annotations.Nullable;

/** A participant's evaluation of a cohort's trajectory: every item of its form rated 1..5, and a comment. */
record EvaluationRequest(
        @Schema(description = "The cohort whose trajectory you evaluate; you must be one of its confirmed"
                + " participants", example = "4b1f2c8e-6d3a-4e5f-9a7b-2c1d0e9f8a76")
        @NotNull UUID cohortId,
        @Schema(description = "Every item of the trajectory's form (GET /api/evaluations/items?cohortId=...), by"
                + " key, rated from 1 (poor) to 5 (excellent)",
                example = "{\"relevance\": 4, \"facilitation\": 5, \"peer-exchange\": 5, \"applicability\": 3,"
                        + " \"overall\": 4}")
        @NotEmpty @Size(max = EvaluationForm.MAX_ITEMS)
        Map<@NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String,
                @NotNull @Min(EvaluationForm.LOWEST) @Max(EvaluationForm.HIGHEST) Integer> ratings,
        @Schema(description = "Anything you want to add; shown to organisers and facilitators without your name",
                example = "Sparren met collega's van andere instellingen was het waardevolst.")
        @Size(max = EvaluationForm.MAX_COMMENT) @Nullable String comment) {
}
