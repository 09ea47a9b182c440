package nl.koers.trajectory.report;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Raw, unsuppressed counters of one or more cohorts under stable names ({@code participation.enrolled},
 * {@code sector.MBO}, {@code attendance.2.present}, ...). One cohort's tally is precomputed when its events
 * arrive; a trajectory's or coalition's report adds up its cohorts' tallies, which is why every figure is
 * kept as a sum (an average as sum and count, a rate as numerator and denominator) and never as a ratio.
 */
public record Tally(Map<String, Long> counters) {

    public static final Tally EMPTY = new Tally(Map.of());

    public Tally {
        counters = Map.copyOf(counters);
    }

    public long get(String name) {
        return counters.getOrDefault(name, 0L);
    }

    public Tally plus(Tally other) {
        Map<String, Long> sum = new TreeMap<>(counters);
        other.counters.forEach((name, value) -> sum.merge(name, value, Long::sum));
        return new Tally(sum);
    }

    public static Tally sum(Collection<Tally> tallies) {
        Map<String, Long> sum = new TreeMap<>();
        tallies.forEach(t -> t.counters.forEach((name, value) -> sum.merge(name, value, Long::sum)));
        return new Tally(sum);
    }

    /** The counters under {@code prefix + "."}, keyed by the rest of their name, in name order. */
    public Map<String, Long> under(String prefix) {
        String start = prefix + ".";
        Map<String, Long> found = new TreeMap<>();
        counters.forEach((name, value) -> {
            if (name.startsWith(start)) {
                found.put(name.substring(start.length()), value);
            }
        });
        return found;
    }
}
