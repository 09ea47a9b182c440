package nl.koers.trajectory.report;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.trajectory.PlanningYears;

/**
 * The period a coalition report covers: cohorts that start on a day from {@code from} to {@code to}, both
 * included. Without dates it is the school year of today (1 August to 31 July), the year in which Dutch
 * schools and coalitions account for their work; with one date, the school year of that date fills in the
 * other end.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    static final int MAX_YEARS = 10;

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw invalid("The period ends on " + to + ", before it starts on " + from
                    + ": 'to' must be on or after 'from'.");
        }
        if (ChronoUnit.YEARS.between(from, to) >= MAX_YEARS) {
            throw invalid("A report covers at most " + MAX_YEARS + " years; shorten the period from " + from
                    + " to " + to + ".");
        }
    }

    /**
     * The period a caller asks for. Their dates must lie in the {@link PlanningYears}, checked before a school year
     * is worked out from them (the day after +999999999-12-31 does not exist); the school year around such a date
     * may reach just outside.
     */
    public static ReportPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null && to == null) {
            return schoolYearOf(today);
        }
        if (from != null && !PlanningYears.contains(from)) {
            throw invalid(PlanningYears.outside("from", from));
        }
        if (to != null && !PlanningYears.contains(to)) {
            throw invalid(PlanningYears.outside("to", to));
        }
        return new ReportPeriod(from != null ? from : schoolYearOf(to).from(), to != null ? to : schoolYearOf(from).to());
    }

    public static ReportPeriod schoolYearOf(LocalDate day) {
        int startYear = day.getMonth().compareTo(Month.AUGUST) >= 0 ? day.getYear() : day.getYear() - 1;
        return new ReportPeriod(LocalDate.of(startYear, Month.AUGUST, 1), LocalDate.of(startYear + 1, Month.JULY, 31));
    }

    private static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-period", "Invalid period", detail);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
