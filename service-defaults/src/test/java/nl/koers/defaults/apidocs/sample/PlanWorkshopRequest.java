package nl.koers.defaults.apidocs.sample;

import java.time.LocalDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record PlanWorkshopRequest(
        @Schema(description = "What the workshop is called", example = "Feedback that lands")
        @NotBlank @Size(max = 120) String title,
        @Schema(description = "The day it takes place", example = "2026-09-14") @NotNull LocalDate startsOn,
        @Schema(description = "Where it is held, if known", example = "B2.14") @Size(max = 60) String room) {
}
