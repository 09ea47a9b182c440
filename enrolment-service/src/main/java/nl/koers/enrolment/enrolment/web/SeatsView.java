package nl.koers.enrolment.enrolment.web;

import java.util.UUID;
import nl.koers.enrolment.enrolment.Seats;

/** A cohort's seats as the API shows them; see {@link Seats} for what each count means. */
record SeatsView(UUID cohortId, int capacity, int confirmed, int seatsLeft, int waitlisted, boolean openForEnrolment) {

    static SeatsView of(Seats seats) {
        return new SeatsView(seats.cohortId(), seats.capacity(), seats.confirmed(), seats.seatsLeft(),
                seats.waitlisted(), seats.openForEnrolment());
    }
}
