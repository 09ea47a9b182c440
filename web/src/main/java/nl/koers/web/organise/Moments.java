package nl.koers.web.organise;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import nl.koers.web.i18n.Formats;

/**
 * Dates and times as the organiser's forms hold them: a date field ({@code 2027-01-15}) and a time field
 * ({@code 13:30}), read as Dutch time (Europe/Amsterdam) wherever the server runs, and back. The API takes
 * moments; a person plans a day and a time on the clock.
 */
final class Moments {

    /** trajectory-service plans in the years 2000 to 2100 (PlanningYears). */
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Moments() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The date in a date field, or null when it is blank or no date. */
    static LocalDate date(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether a date lies in the years the API plans in. */
    static boolean plannable(LocalDate date) {
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    /** The time in a time field ({@code 13:30}, or {@code 13:30:00} as some browsers send it), or null. */
    static LocalTime time(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(Formats.AMSTERDAM).toInstant();
    }

    /** The date field's value for a moment, in Amsterdam. */
    static String dateOf(Instant moment) {
        return moment == null ? "" : moment.atZone(Formats.AMSTERDAM).toLocalDate().toString();
    }

    /** The time field's value for a moment, in Amsterdam. */
    static String timeOf(Instant moment) {
        return moment == null ? "" : TIME.format(moment.atZone(Formats.AMSTERDAM));
    }
}
