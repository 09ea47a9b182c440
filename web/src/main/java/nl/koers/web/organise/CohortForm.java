package nl.koers.web.organise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * A cohort as the planning form holds it: name, seats, first and last day, the enrolment window (a date and,
 * if wanted, a time on the clock, in Dutch time) and the facilitators' user ids. The limits are
 * trajectory-service's (PlanCohortRequest and the cohort's schedule), repeated so each message is in the
 * reader's language and beside its field.
 *
 * @param facilitatorIds the facilitators' user ids, separated by commas, spaces or new lines
 */
record CohortForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String name,
        String capacity,
        String startsOn,
        String endsOn,
        String opensOn,
        String opensAt,
        String closesOn,
        String closesAt,
        String facilitatorIds) {

    static final int MAX_CAPACITY = 500;
    static final int MAX_FACILITATORS = 20;
    static final int MAX_USER_ID = 200;
    /** Without a time, enrolment opens at the start of its day and closes at the end of its day. */
    static final LocalTime OPENS_WITHOUT_TIME = LocalTime.MIDNIGHT;
    static final LocalTime CLOSES_WITHOUT_TIME = LocalTime.of(23, 59);

    static CohortForm empty() {
        return new CohortForm("", "", "", "", "", "", "", "", "");
    }

    void check(Errors errors) {
        Integer seats = seats();
        if (seats == null) {
            errors.rejectValue("capacity", "organise.cohort.capacity.invalid", new Object[] {MAX_CAPACITY}, null);
        }
        LocalDate first = requiredDate(errors, "startsOn", startsOn);
        LocalDate last = requiredDate(errors, "endsOn", endsOn);
        if (first != null && last != null && last.isBefore(first)) {
            errors.rejectValue("endsOn", "organise.cohort.endsBeforeStart");
        }
        Instant opens = moment(errors, "opensOn", opensOn, "opensAt", opensAt, OPENS_WITHOUT_TIME);
        Instant closes = moment(errors, "closesOn", closesOn, "closesAt", closesAt, CLOSES_WITHOUT_TIME);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.rejectValue("closesOn", "organise.cohort.closesBeforeOpens");
        }
        Set<String> facilitators = facilitators();
        if (facilitators.size() > MAX_FACILITATORS) {
            errors.rejectValue("facilitatorIds", "organise.cohort.facilitators.tooMany", new Object[] {MAX_FACILITATORS}, null);
        } else if (facilitators.stream().anyMatch(id -> id.length() > MAX_USER_ID)) {
            errors.rejectValue("facilitatorIds", "organise.cohort.facilitators.tooLong", new Object[] {MAX_USER_ID}, null);
        }
    }

    /** The body of {@code POST /api/trajectories/{id}/cohorts} (PlanCohortRequest); only after {@link #check} found nothing. */
    Request toRequest() {
        return new Request(name.strip(), seats(), Moments.date(startsOn), Moments.date(endsOn),
                at(opensOn, opensAt, OPENS_WITHOUT_TIME), at(closesOn, closesAt, CLOSES_WITHOUT_TIME),
                List.copyOf(facilitators()));
    }

    record Request(String name, Integer capacity, LocalDate startsOn, LocalDate endsOn, Instant enrolmentOpensAt,
                   Instant enrolmentClosesAt, List<String> facilitatorIds) {
    }

    Set<String> facilitators() {
        if (Moments.blank(facilitatorIds)) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(facilitatorIds.strip().split("[\\s,;]+")).filter(id -> !id.isBlank()).forEach(ids::add);
        return ids;
    }

    private Integer seats() {
        if (Moments.blank(capacity)) {
            return null;
        }
        try {
            int seats = Integer.parseInt(capacity.strip());
            return seats >= 1 && seats <= MAX_CAPACITY ? seats : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate requiredDate(Errors errors, String field, String value) {
        if (Moments.blank(value)) {
            errors.rejectValue(field, "validation.required");
            return null;
        }
        return date(errors, field, value);
    }

    private static LocalDate date(Errors errors, String field, String value) {
        LocalDate date = Moments.date(value);
        if (date == null) {
            errors.rejectValue(field, "organise.date.invalid");
        } else if (!Moments.plannable(date)) {
            errors.rejectValue(field, "organise.date.outOfRange");
            return null;
        }
        return date;
    }

    /** A moment of the window: null when its date is left blank; a time without a date is an error at the date. */
    private static Instant moment(Errors errors, String dateField, String date, String timeField, String time,
                                  LocalTime withoutTime) {
        if (Moments.blank(date)) {
            if (!Moments.blank(time)) {
                errors.rejectValue(dateField, "organise.cohort.timeWithoutDate");
            }
            return null;
        }
        LocalDate day = date(errors, dateField, date);
        LocalTime clock = Moments.blank(time) ? withoutTime : Moments.time(time);
        if (clock == null) {
            errors.rejectValue(timeField, "organise.time.invalid");
        }
        return day == null || clock == null ? null : Moments.at(day, clock);
    }

    private static Instant at(String date, String time, LocalTime withoutTime) {
        LocalDate day = Moments.date(date);
        if (day == null) {
            return null;
        }
        LocalTime clock = Moments.blank(time) ? withoutTime : Moments.time(time);
        return Moments.at(day, clock);
    }
}
