package nl.koers.trajectory.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.trajectory.PlanningYears;

/**
 * What an organiser decides when planning a cohort: its name, seats, dates, enrolment window and
 * facilitators. Valid by construction; each refusal says what to change.
 */
public record CohortSchedule(String name, int capacity, LocalDate startsOn, LocalDate endsOn,
                             Instant enrolmentOpensAt, Instant enrolmentClosesAt, List<String> facilitatorIds) {

    static final int MAX_NAME = 200;
    static final int MAX_CAPACITY = 500;
    static final int MAX_FACILITATORS = 20;
    static final int MAX_USER_ID = 200;

    public CohortSchedule {
        if (name == null || name.isBlank()) {
            throw invalid("The cohort needs a name.");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw invalid("The cohort name is longer than " + MAX_NAME + " characters.");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw invalid("The capacity must be between 1 and " + MAX_CAPACITY + " seats, not " + capacity + ".");
        }
        if (startsOn == null || endsOn == null) {
            throw invalid("The cohort needs both a start date (startsOn) and an end date (endsOn).");
        }
        if (!PlanningYears.contains(startsOn)) {
            throw invalid(PlanningYears.outside("startsOn", startsOn));
        }
        if (!PlanningYears.contains(endsOn)) {
            throw invalid(PlanningYears.outside("endsOn", endsOn));
        }
        if (endsOn.isBefore(startsOn)) {
            throw invalid("The cohort ends on " + endsOn + ", before it starts on " + startsOn
                    + ": endsOn must be on or after startsOn.");
        }
        if (enrolmentOpensAt != null && !PlanningYears.contains(enrolmentOpensAt)) {
            throw invalid(PlanningYears.outside("enrolmentOpensAt", enrolmentOpensAt));
        }
        if (enrolmentClosesAt != null && !PlanningYears.contains(enrolmentClosesAt)) {
            throw invalid(PlanningYears.outside("enrolmentClosesAt", enrolmentClosesAt));
        }
        // Stored with millisecond precision; truncating here keeps answers, events and reads identical.
        enrolmentOpensAt = enrolmentOpensAt == null ? null : enrolmentOpensAt.truncatedTo(ChronoUnit.MILLIS);
        enrolmentClosesAt = enrolmentClosesAt == null ? null : enrolmentClosesAt.truncatedTo(ChronoUnit.MILLIS);
        if (enrolmentOpensAt != null && enrolmentClosesAt != null && !enrolmentClosesAt.isAfter(enrolmentOpensAt)) {
            throw invalid("Enrolment closes at " + enrolmentClosesAt + ", which is not after it opens at "
                    + enrolmentOpensAt + ": enrolmentClosesAt must be later than enrolmentOpensAt.");
        }
        facilitatorIds = facilitatorIds == null ? List.of() : facilitatorIds.stream().distinct().toList();
        if (facilitatorIds.size() > MAX_FACILITATORS) {
            throw invalid("A cohort has at most " + MAX_FACILITATORS + " facilitators.");
        }
        if (facilitatorIds.stream().anyMatch(id -> id == null || id.isBlank() || id.length() > MAX_USER_ID)) {
            throw invalid("Each facilitator id must be 1 to " + MAX_USER_ID + " characters.");
        }
    }

    private static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-cohort", "Invalid cohort", detail);
    }
}
