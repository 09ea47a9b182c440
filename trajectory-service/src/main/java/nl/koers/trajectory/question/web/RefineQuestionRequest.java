package nl.koers.trajectory.question.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.question.QuestionScope;

/** A refinement: the new text and scope, optionally the session it came from and a note on what changed. */
record RefineQuestionRequest(
        @Schema(example = "Hoe maken wij als team de kwaliteitscyclus van ons?")
        @NotBlank @Size(max = 2000) String text,
        @Schema(description = "INDIVIDUAL or TEAM", example = "TEAM") @NotNull QuestionScope scope,
        @Schema(description = "The cohort's session the refinement came from, if any",
                example = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
        UUID sessionId,
        @Schema(description = "What changed and why", example = "Na het gesprek met mijn teamleider")
        @Size(max = 2000) String note) {
}
