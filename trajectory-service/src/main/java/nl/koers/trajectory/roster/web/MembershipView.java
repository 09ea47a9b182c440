package nl.koers.trajectory.roster.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.koers.trajectory.cohort.CohortSchedule;
import nl.koers.trajectory.roster.Membership;

/**
 * One of the caller's cohorts: the cohort's fields as {@code GET /api/cohorts/{id}} shows them, its trajectory's
 * title and organiser, and the caller's role in it and place on its roster (null for a facilitator).
 */
record MembershipView(UUID id, UUID trajectoryId, String trajectoryTitle, String organiser, String name,
                      int capacity, LocalDate startsOn, LocalDate endsOn, Instant enrolmentOpensAt,
                      Instant enrolmentClosesAt, List<String> facilitatorIds, String status, long version,
                      String myRole, String rosterStatus) {

    static MembershipView of(Membership membership) {
        var cohort = membership.cohort();
        CohortSchedule s = cohort.schedule();
        return new MembershipView(cohort.id(), cohort.trajectoryId(), membership.trajectoryTitle(),
                membership.organiser(), s.name(), s.capacity(), s.startsOn(), s.endsOn(), s.enrolmentOpensAt(),
                s.enrolmentClosesAt(), s.facilitatorIds(), cohort.status().name(), cohort.version(),
                membership.role().name(),
                membership.rosterStatus() == null ? null : membership.rosterStatus().name());
    }
}
