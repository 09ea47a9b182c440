package nl.koers.reflection.intervention.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.intervention.Intervention;

/** What the owners experienced carrying the intervention out. */
record ExperienceRequest(
        @Schema(description = "What you experienced carrying the intervention out",
                example = "Het team nam de kaartenset over en voerde zelf het gesprek over tevreden en trots.")
        @NotBlank @Size(max = Intervention.MAX_TEXT) String experience) {
}
