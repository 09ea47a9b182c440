package nl.koers.trajectory.roster.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.cohort.CohortSchedule;
import nl.koers.trajectory.roster.Membership;
import org.jspecify.annotations.Nullable;

/**
 * One of the caller's cohorts: the cohort's fields as {@code GET /api/cohorts/{id}} shows them, its trajectory's
 * title and organiser, and the caller's role in it and place on its roster (null for a facilitator).
 */
record MembershipView(UUID id, UUID trajectoryId, @Nullable String trajectoryTitle, @Nullable String organiser,
                      String name, int capacity, LocalDate startsOn, LocalDate endsOn,
                      @Nullable Instant enrolmentOpensAt, @Nullable Instant enrolmentClosesAt,
                      List<String> facilitatorIds,
                      @Schema(description = "The cohort's status: PLANNED, OPEN, CLOSED, COMPLETED or CANCELLED",
                              example = "OPEN") String status,
                      long version,
                      @Schema(description = "FACILITATOR or PARTICIPANT", example = "PARTICIPANT") String myRole,
                      @Schema(description = "Your place on the roster: CONFIRMED, WAITLISTED, WITHDRAWN or"
                              + " COMPLETED; null for a facilitator", example = "CONFIRMED")
                      @Nullable String rosterStatus) {

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
