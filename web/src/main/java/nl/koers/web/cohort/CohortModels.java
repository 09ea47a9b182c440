package nl.koers.web.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** trajectory-service's answers about cohorts, trajectories and sessions, as the pages use them. */
public final class CohortModels {

    private CohortModels() {
    }

    public record Cohort(UUID id, UUID trajectoryId, String name, int capacity, LocalDate startsOn, LocalDate endsOn,
                         Instant enrolmentOpensAt, Instant enrolmentClosesAt, List<String> facilitatorIds, String status) {
    }

    public record Trajectory(UUID id, String title, String description, String organiser) {
    }

    public record AgendaItem(String workForm, String title, int minutes, UUID instrumentId) {
    }

    public record Session(UUID id, UUID cohortId, UUID trajectoryId, int sequence, String title, String theme,
                          Instant startsAt, Instant endsAt, String place, String onlineLink, List<AgendaItem> agenda,
                          int agendaMinutes, String status) {

        public boolean cancelled() {
            return "CANCELLED".equals(status);
        }
    }


    /** A cohort with the trajectory it runs, which every cohort page names. */
    public record CohortOfTrajectory(Cohort cohort, Trajectory trajectory) {
    }
}
