package nl.koers.trajectory.cohort.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.cohort.CohortSchedule;

/**
 * What an organiser sends to plan a cohort. Single fields are checked here; rules between fields (dates in
 * order) belong to {@link CohortSchedule}, which answers 422 with what to change.
 */
record PlanCohortRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(1) @Max(500) Integer capacity,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        Instant enrolmentOpensAt,
        Instant enrolmentClosesAt,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> facilitatorIds) {

    CohortSchedule schedule() {
        return new CohortSchedule(name, capacity, startsOn, endsOn, enrolmentOpensAt, enrolmentClosesAt,
                facilitatorIds);
    }
}
