package nl.koers.web.report;

import java.time.LocalDate;
import java.time.Month;

/**
 * The cohorts a coalition report covers: those that start on a day from {@code from} to {@code to}, both included.
 * Dutch schools and coalitions account for their work per school year, 1 August to 31 July; a school year is named
 * after the year it starts in (2026 is 1 August 2026 to 31 July 2027), as trajectory-service's ReportPeriod does.
 */
record Period(LocalDate from, LocalDate to) {

    static Period schoolYear(int startYear) {
        return new Period(LocalDate.of(startYear, Month.AUGUST, 1), LocalDate.of(startYear + 1, Month.JULY, 31));
    }

    static Period schoolYearOf(LocalDate day) {
        return schoolYear(day.getMonth().compareTo(Month.AUGUST) >= 0 ? day.getYear() : day.getYear() - 1);
    }

    /** The year the school year starts in when the period is exactly one school year; otherwise null. */
    public Integer schoolYear() {
        Period year = schoolYearOf(from);
        return year.equals(this) ? from.getYear() : null;
    }

    public boolean isSchoolYear() {
        return schoolYear() != null;
    }

    /** "2026-2027": how the school year is written in a file name. */
    public String slug() {
        Integer year = schoolYear();
        return year != null ? year + "-" + (year + 1) : from + "-" + to;
    }
}
