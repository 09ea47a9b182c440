package nl.koers.trajectory.question.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.question.QuestionScope;
import nl.koers.trajectory.question.Visibility;

/** What a participant sends to write down a development question in a cohort they hold a seat in. */
record LogQuestionRequest(
        @Schema(description = "The cohort you hold a confirmed seat in", example = "6b1f0c3a-2d4e-4f5a-8b9c-0d1e2f3a4b5c")
        @NotNull UUID cohortId,
        @Schema(example = "Hoe maak ik de kwaliteitscyclus zichtbaar voor mijn team?")
        @NotBlank @Size(max = 2000) String text,
        @Schema(description = "INDIVIDUAL: about your own work; TEAM: about your team's", example = "INDIVIDUAL")
        @NotNull QuestionScope scope,
        @Schema(description = "PRIVATE, FACILITATORS or COHORT: who besides you may read it", example = "FACILITATORS")
        @NotNull Visibility visibility) {
}
