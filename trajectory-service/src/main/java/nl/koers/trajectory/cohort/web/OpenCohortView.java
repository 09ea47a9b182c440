package nl.koers.trajectory.cohort.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.cohort.CatalogueEntry;
import org.jspecify.annotations.Nullable;

/** A cohort in the catalogue: the fields of {@link CohortView} and the title and organiser of its trajectory. */
record OpenCohortView(UUID id, UUID trajectoryId,
                      @Schema(description = "The title of the cohort's trajectory; null if it is not known here")
                      @Nullable String trajectoryTitle,
                      @Schema(description = "Who organises the trajectory; null if it is not known here")
                      @Nullable String organiser,
                      String name, int capacity, LocalDate startsOn, LocalDate endsOn,
                      @Nullable Instant enrolmentOpensAt, @Nullable Instant enrolmentClosesAt,
                      List<String> facilitatorIds,
                      @Schema(description = "Always OPEN in the catalogue", example = "OPEN") String status,
                      long version) {

    static OpenCohortView of(CatalogueEntry entry) {
        CohortView c = CohortView.of(entry.cohort());
        return new OpenCohortView(c.id(), c.trajectoryId(), entry.trajectoryTitle(), entry.organiser(), c.name(),
                c.capacity(), c.startsOn(), c.endsOn(), c.enrolmentOpensAt(), c.enrolmentClosesAt(),
                c.facilitatorIds(), c.status(), c.version());
    }
}
