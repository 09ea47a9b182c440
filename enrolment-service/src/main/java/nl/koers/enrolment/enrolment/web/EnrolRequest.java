package nl.koers.enrolment.enrolment.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A participant's request for a place in a cohort. */
record EnrolRequest(
        @Schema(description = "The cohort to enrol in, as trajectory-service's catalogue lists it",
                example = "4b1f2c8e-6d3a-4e5f-9a7b-2c1d0e9f8a76")
        @NotNull UUID cohortId,
        @Schema(description = "Why you want to take part, for the cohort's organisers to read; optional",
                example = "Ik wil met collega's van andere scholen leren hoe we feedback geven.")
        @Size(max = 2000) @Nullable String motivation) {
}
