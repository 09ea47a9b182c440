package nl.koers.trajectory.cohort.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.cohort.CohortSchedule;

/**
 * What an organiser sends to plan a cohort. Single fields are checked here; rules between fields (dates in
 * order) and the years dates may lie in belong to {@link CohortSchedule}, which answers 422 with what to change.
 */
record PlanCohortRequest(
        @Schema(description = "The cohort's name as participants see it in the catalogue",
                example = "Groep Utrecht najaar 2025")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Seats; enrolments beyond it go on the waiting list", example = "20")
        @NotNull @Min(1) @Max(500) Integer capacity,
        @Schema(description = "First day of the cohort, in the years 2000 to 2100", example = "2025-10-01")
        @NotNull LocalDate startsOn,
        @Schema(description = "Last day of the cohort, on or after startsOn", example = "2026-06-30")
        @NotNull LocalDate endsOn,
        @Schema(description = "When enrolment opens; leave out to open as soon as the cohort is opened",
                example = "2025-08-25T08:00:00Z")
        Instant enrolmentOpensAt,
        @Schema(description = "When enrolment closes, after it opens; leave out to keep it open until closed",
                example = "2025-09-26T17:00:00Z")
        Instant enrolmentClosesAt,
        @ArraySchema(arraySchema = @Schema(description = "User ids (token subjects) of the cohort's facilitators"),
                schema = @Schema(example = "facilitator-1"))
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> facilitatorIds) {

    CohortSchedule schedule() {
        return new CohortSchedule(name, capacity, startsOn, endsOn, enrolmentOpensAt, enrolmentClosesAt,
                facilitatorIds);
    }
}
