package nl.koers.trajectory.cohort.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.koers.trajectory.cohort.CatalogueEntry;

/** A cohort in the catalogue: the fields of {@link CohortView} and the title and organiser of its trajectory. */
record OpenCohortView(UUID id, UUID trajectoryId, String trajectoryTitle, String organiser, String name,
                      int capacity, LocalDate startsOn, LocalDate endsOn, Instant enrolmentOpensAt,
                      Instant enrolmentClosesAt, List<String> facilitatorIds, String status, long version) {

    static OpenCohortView of(CatalogueEntry entry) {
        CohortView c = CohortView.of(entry.cohort());
        return new OpenCohortView(c.id(), c.trajectoryId(), entry.trajectoryTitle(), entry.organiser(), c.name(),
                c.capacity(), c.startsOn(), c.endsOn(), c.enrolmentOpensAt(), c.enrolmentClosesAt(),
                c.facilitatorIds(), c.status(), c.version());
    }
}
