package nl.koers.trajectory.trajectory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.koers.defaults.problem.InvalidRequest;

/**
 * How long a trajectory's cohorts keep their participants' personal data once they ended (were completed or
 * cancelled): the trajectory's own number of months, or Koers's default when the organiser set none. Months are
 * counted on the Dutch calendar, so a cohort that ended on 15 March with 24 months is due on 15 March two years
 * on, at the same time of day (a month without that day ends it on its last day).
 */
public final class Retention {

    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Retention() {
    }

    /** The months that count: the trajectory's own, else {@code defaultMonths}. */
    public static int effectiveMonths(Integer months, int defaultMonths) {
        return months != null ? months : defaultMonths;
    }

    /** When personal data of a cohort that ended at {@code endedAt} is due to be erased. */
    public static Instant dueAt(Instant endedAt, int months) {
        return endedAt.atZone(ZONE).plusMonths(months).toInstant();
    }

    public static boolean isDue(Instant endedAt, int months, Instant now) {
        return !now.isBefore(dueAt(endedAt, months));
    }

    /** The day a cohort ended, as the Netherlands saw it. */
    public static LocalDate endedOn(Instant endedAt) {
        return endedAt.atZone(ZONE).toLocalDate();
    }

    /** {@code months} if it is a period Koers keeps data for (null: the default), else a 422 saying what fits. */
    static Integer checked(Integer months) {
        if (months != null && (months < MIN_MONTHS || months > MAX_MONTHS)) {
            throw new InvalidRequest("invalid-trajectory", "Invalid trajectory", "retentionMonths is " + months
                    + "; send " + MIN_MONTHS + " to " + MAX_MONTHS + " months, or leave it out for the default.");
        }
        return months;
    }
}
