package nl.koers.enrolment.enrolment.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.enrolment.enrolment.Seats;

/** A cohort's seats as the API shows them; see {@link Seats} for what each count means. */
record SeatsView(
        UUID cohortId,
        @Schema(description = "How many participants the cohort seats")
        int capacity,
        @Schema(description = "Enrolments holding a seat now (CONFIRMED); 0 once the cohort completed")
        int confirmed,
        @Schema(description = "Seats free: an enrolment now is confirmed while this is above 0, waitlisted after")
        int seatsLeft,
        @Schema(description = "Enrolments waiting for a seat")
        int waitlisted,
        @Schema(description = "Whether the cohort takes enrolments now: it is OPEN and inside its enrolment window")
        boolean openForEnrolment) {

    static SeatsView of(Seats seats) {
        return new SeatsView(seats.cohortId(), seats.capacity(), seats.confirmed(), seats.seatsLeft(),
                seats.waitlisted(), seats.openForEnrolment());
    }
}
