package nl.koers.web.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.koers.web.cohort.MyCohorts.MyCohort;

/** The API's answers the home page is made of (only the fields it shows; the rest is ignored). */
final class HomeModels {

    private HomeModels() {
    }


    /** enrolment-service: one of my enrolments, with my waitlist position while I wait. */
    record Enrolment(UUID id, UUID cohortId, String status, Integer waitlistPosition, Instant enrolledAt) {

        boolean active() {
            return "CONFIRMED".equals(status) || "WAITLISTED".equals(status);
        }
    }


    /** trajectory-service: a cohort open for enrolment, from the catalogue. */
    record OpenCohort(UUID id, UUID trajectoryId, String trajectoryTitle, String organiser, String name, int capacity,
                      LocalDate startsOn, LocalDate endsOn, Instant enrolmentClosesAt, String status) {
    }

    /** enrolment-service: the seats of a cohort, counts only. */
    record Seats(UUID cohortId, int capacity, int confirmed, int seatsLeft, int waitlisted, boolean openForEnrolment) {
    }

    /** trajectory-service: a coming session of one of my cohorts. */
    record UpcomingSession(UUID id, UUID cohortId, String cohortName, String trajectoryTitle, int sequence, String title,
                           Instant startsAt, Instant endsAt, String place, String onlineLink) {
    }

    /** trajectory-service: a trajectory as an organiser's home lists it. */
    record Trajectory(UUID id, String title, String organiser, List<String> coalitionIds) {
    }

    /** What the home page shows of an open cohort: the catalogue's facts and, when known, its seats. */
    record Offer(OpenCohort cohort, Seats seats, boolean mine) {
    }

    /** An enrolment with the cohort it is for (null while trajectory-service has not caught up). */
    record MyEnrolment(Enrolment enrolment, MyCohort cohort) {
    }
}
