package nl.koers.reflection.intervention.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.intervention.Feedback;

/** A peer's or facilitator's feedback on an intervention. */
record FeedbackRequest(
        @Schema(description = "Your response to the intervention, for its owners to read",
                example = "Sterk dat het team het overnam; betrek ook de studenten bij de volgende stap.")
        @NotBlank @Size(max = Feedback.MAX_TEXT) String text) {
}
