package nl.koers.reflection.evaluation.web;

import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.reflection.evaluation.EvaluationForm;
import nl.koers.reflection.evaluation.EvaluationItem;
import org.jspecify.annotations.Nullable;

/** A trajectory's evaluation items; version 0 means the default set applies. */
record FormView(
        @Schema(description = "The trajectory the items belong to; null when the cohort's trajectory is not known"
                + " here yet, and the default items apply")
        @Nullable UUID trajectoryId,
        @Schema(description = "What participants rate, in order: the key ratings use and the label they read")
        List<EvaluationItem> items,
        @Schema(description = "Grows with every configuration; 0 while the default items apply", example = "0")
        long version) {

    static FormView of(EvaluationForm form) {
        return new FormView(form.trajectoryId(), form.items(), form.version());
    }
}
