package nl.koers.trajectory.cohort.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.cohort.Cohort;
import nl.koers.trajectory.cohort.CohortSchedule;
import org.jspecify.annotations.Nullable;

/** A cohort as the API shows it; {@code version} is also its ETag. */
record CohortView(UUID id, UUID trajectoryId, String name, int capacity, LocalDate startsOn, LocalDate endsOn,
                  @Schema(description = "When enrolment opens; null: as soon as the cohort is opened")
                  @Nullable Instant enrolmentOpensAt,
                  @Schema(description = "When enrolment closes; null: when the cohort is closed")
                  @Nullable Instant enrolmentClosesAt,
                  List<String> facilitatorIds,
                  @Schema(description = "PLANNED, OPEN, CLOSED, COMPLETED or CANCELLED", example = "OPEN")
                  String status,
                  @Schema(description = "Raised by one with every change; the ETag is this number in quotes",
                          example = "2")
                  long version) {

    static CohortView of(Cohort cohort) {
        CohortSchedule s = cohort.schedule();
        return new CohortView(cohort.id(), cohort.trajectoryId(), s.name(), s.capacity(), s.startsOn(), s.endsOn(),
                s.enrolmentOpensAt(), s.enrolmentClosesAt(), s.facilitatorIds(), cohort.status().name(),
                cohort.version());
    }
}
