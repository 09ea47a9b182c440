package nl.koers.web.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import nl.koers.web.i18n.Formats;
import org.springframework.validation.Errors;

/**
 * The period a coalition report is asked for, as the address gives it: {@code ?year=2026} for a school year, or
 * {@code ?from=2026-08-01&to=2026-12-31} for any other period (with one date, that date's school year fills in
 * the other end, as the API does). Kept as text so a mistyped date reaches {@link #period} and gets a sentence
 * beside its field instead of an error page. The limits are the API's (dates in 2000 to 2100, {@code to} on or
 * after {@code from}, less than 10 years apart), checked here so the message is in the reader's language.
 */
record PeriodForm(String year, String from, String to) {

    static final int FIRST_YEAR = 2000;
    /** A school year starting in 2099 ends in 2100, the API's last year. */
    static final int LAST_YEAR = 2099;
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    static final int MAX_YEARS = 10;

    static PeriodForm of(Period period) {
        Integer year = period.schoolYear();
        return year != null ? new PeriodForm(String.valueOf(year), "", "")
                : new PeriodForm("", period.from().toString(), period.to().toString());
    }

    /** The current school year by the clock, in Dutch time. */
    static Period current(Clock clock) {
        return Period.schoolYearOf(LocalDate.now(clock.withZone(Formats.AMSTERDAM)));
    }

    boolean asksForDates() {
        return !blank(from) || !blank(to);
    }

    /**
     * The period asked for, or null with the reasons in {@code errors} (field {@code year}, {@code from} or
     * {@code to}, message codes in messages-reports). Dates win over a year when both are given: the dates are the
     * more precise question. Nothing given is the current school year.
     */
    Period period(Clock clock, Errors errors) {
        if (asksForDates()) {
            LocalDate start = date("from", from, errors);
            LocalDate end = date("to", to, errors);
            if (errors.hasErrors()) {
                return null;
            }
            start = start != null ? start : Period.schoolYearOf(end).from();
            end = end != null ? end : Period.schoolYearOf(start).to();
            if (end.isBefore(start)) {
                errors.rejectValue("to", "report.period.error.toBeforeFrom");
                return null;
            }
            if (ChronoUnit.YEARS.between(start, end) >= MAX_YEARS) {
                errors.rejectValue("to", "report.period.error.tooLong", new Object[] {MAX_YEARS}, null);
                return null;
            }
            return new Period(start, end);
        }
        if (blank(year)) {
            return current(clock);
        }
        try {
            int startYear = Integer.parseInt(year.strip());
            if (startYear >= FIRST_YEAR && startYear <= LAST_YEAR) {
                return Period.schoolYear(startYear);
            }
        } catch (NumberFormatException notAYear) {
            // Said beside the field below.
        }
        errors.rejectValue("year", "report.period.error.year", new Object[] {String.valueOf(FIRST_YEAR),
                String.valueOf(LAST_YEAR)}, null);
        return null;
    }

    private static LocalDate date(String field, String text, Errors errors) {
        if (blank(text)) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                errors.rejectValue(field, "report.period.error.outOfRange", new Object[] {"2000", "2100"}, null);
                return null;
            }
            return day;
        } catch (DateTimeParseException notADate) {
            errors.rejectValue(field, "report.period.error.date");
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
