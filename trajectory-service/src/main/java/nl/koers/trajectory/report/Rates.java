package nl.koers.trajectory.report;

import java.util.OptionalDouble;

/**
 * How ratios are computed from summed counters: rates are fractions (0..1) to four decimals, averages to two.
 * Nothing divided by nothing is no figure at all (empty), never 0.
 */
public final class Rates {

    private Rates() {
    }

    public static OptionalDouble rate(long part, long whole) {
        if (whole <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.round(part * 10_000.0 / whole) / 10_000.0);
    }

    public static OptionalDouble average(long sum, long count) {
        if (count <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.round(sum * 100.0 / count) / 100.0);
    }
}
