package nl.koers.trajectory.question.web;

import java.util.UUID;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.question.QuestionScope;

/** A refinement: the new text and scope, optionally the session it came from and a note on what changed. */
record RefineQuestionRequest(
        @NotBlank @Size(max = 2000) String text,
        @NotNull QuestionScope scope,
        UUID sessionId,
        @Size(max = 2000) String note) {
}
