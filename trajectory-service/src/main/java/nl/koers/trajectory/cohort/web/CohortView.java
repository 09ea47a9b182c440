package nl.koers.trajectory.cohort.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.koers.trajectory.cohort.Cohort;
import nl.koers.trajectory.cohort.CohortSchedule;

/** A cohort as the API shows it; {@code version} is also its ETag. */
record CohortView(UUID id, UUID trajectoryId, String name, int capacity, LocalDate startsOn, LocalDate endsOn,
                  Instant enrolmentOpensAt, Instant enrolmentClosesAt, List<String> facilitatorIds, String status,
                  long version) {

    static CohortView of(Cohort cohort) {
        CohortSchedule s = cohort.schedule();
        return new CohortView(cohort.id(), cohort.trajectoryId(), s.name(), s.capacity(), s.startsOn(), s.endsOn(),
                s.enrolmentOpensAt(), s.enrolmentClosesAt(), s.facilitatorIds(), cohort.status().name(),
                cohort.version());
    }
}
