package nl.koers.trajectory.question.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import nl.koers.trajectory.question.Visibility;

/** Who besides the owner may read the question and its stakeholder map from now on. */
record ChangeVisibilityRequest(
        @Schema(description = "PRIVATE: the owner only; FACILITATORS: also the cohort's facilitators; COHORT: also"
                + " the cohort's other members", example = "FACILITATORS")
        @NotNull Visibility visibility) {
}
