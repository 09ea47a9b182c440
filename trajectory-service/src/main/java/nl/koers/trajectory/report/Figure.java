package nl.koers.trajectory.report;

/**
 * One figure of a report as its reader may see it: a value; suppressed, because it is about fewer people
 * than {@link Suppression#MINIMUM_GROUP}; or none, when there is nothing to compute it from (a completion rate
 * before any cohort completed). A suppressed figure is never shown as zero, which would be a lie that also
 * leaks (zero is a small group too).
 */
public record Figure(Number value, boolean isSuppressed) {

    private static final Figure SUPPRESSED = new Figure(null, true);
    private static final Figure NONE = new Figure(null, false);

    public static Figure of(Number value) {
        return new Figure(value, false);
    }

    /** A figure about too few people for this reader. */
    public static Figure hidden() {
        return SUPPRESSED;
    }

    public static Figure none() {
        return NONE;
    }
}
