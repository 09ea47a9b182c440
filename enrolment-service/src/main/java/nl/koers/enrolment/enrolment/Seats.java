package nl.koers.enrolment.enrolment;

import java.util.UUID;

/**
 * How full a cohort is, for a catalogue that shows "3 seats left" next to each cohort. Counts only, never who:
 * anyone signed in may read them. An enrolment now is confirmed while {@code seatsLeft > 0}, waitlisted after
 * that, and refused while {@code openForEnrolment} is false (the cohort is not OPEN, or it is outside its
 * enrolment window). {@code confirmed} counts CONFIRMED enrolments only: once a cohort completes, its
 * participants' enrolments are COMPLETED and hold no seat, so a completed cohort shows 0 confirmed, closed.
 */
public record Seats(UUID cohortId, int capacity, int confirmed, int seatsLeft, int waitlisted,
                    boolean openForEnrolment) {
}
