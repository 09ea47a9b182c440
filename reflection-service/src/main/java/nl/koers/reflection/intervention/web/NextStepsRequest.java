package nl.koers.reflection.intervention.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.intervention.Intervention;

/** The next steps the owners take after the feedback on their intervention. */
record NextStepsRequest(@NotBlank @Size(max = Intervention.MAX_TEXT) String nextSteps) {
}
