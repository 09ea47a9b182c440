package nl.koers.trajectory.question.web;

import java.util.UUID;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.question.QuestionScope;
import nl.koers.trajectory.question.Visibility;

/** What a participant sends to write down a development question in a cohort they hold a seat in. */
record LogQuestionRequest(
        @NotNull UUID cohortId,
        @NotBlank @Size(max = 2000) String text,
        @NotNull QuestionScope scope,
        @NotNull Visibility visibility) {
}
