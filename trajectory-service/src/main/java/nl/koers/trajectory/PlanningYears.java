package nl.koers.trajectory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The years Koers plans and reports in: 2000 to 2100. Every date a caller sends (a cohort's days and enrolment
 * window, a session's start and end, a report's period) must fall in them. Java's dates reach a billion years,
 * which a store, a calendar program or a school year's arithmetic cannot follow; a date outside these years is
 * a typing slip, refused with what to change instead of failing somewhere further on.
 */
public final class PlanningYears {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    private static final Instant START = LocalDate.of(FIRST, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END = LocalDate.of(LAST + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private PlanningYears() {
    }

    public static boolean contains(LocalDate day) {
        return day != null && day.getYear() >= FIRST && day.getYear() <= LAST;
    }

    public static boolean contains(Instant instant) {
        return instant != null && !instant.isBefore(START) && instant.isBefore(END);
    }

    /** Why {@code value} of {@code field} is refused, and what to send instead. */
    public static String outside(String field, Object value) {
        return field + " " + value + " is outside the years " + FIRST + " to " + LAST
                + " that Koers plans and reports in; send a date in those years.";
    }
}
