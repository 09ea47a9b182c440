package nl.koers.reflection.intervention.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.intervention.Feedback;

/** A peer's or facilitator's feedback on an intervention. */
record FeedbackRequest(@NotBlank @Size(max = Feedback.MAX_TEXT) String text) {
}
