package nl.koers.reflection.intervention.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.intervention.Intervention;

/** The next steps the owners take after the feedback on their intervention. */
record NextStepsRequest(
        @Schema(description = "The next steps you take after the feedback",
                example = "Het plan op collegeniveau toetsen, met de studentenraad erbij.")
        @NotBlank @Size(max = Intervention.MAX_TEXT) String nextSteps) {
}
