package nl.koers.trajectory.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The small-group rule: a figure about fewer than {@link #MINIMUM_GROUP} people is suppressed for readers who
 * may see aggregates only (coalition users). Zero counts as a small group: "nobody withdrew" is as telling as
 * "one withdrew". Evaluations are suppressed below the minimum for every reader, as reflection-service does.
 * <p>
 * Which figures count people, and so which group decides: a count of participants, questions, interventions,
 * reflections, cases or evaluation responses is its own group (each is made by at least one participant); a
 * rate or average is about its denominator (the enrolled of completed cohorts, the participants marked for a
 * session, the questions logged, the responses). Counts of cohorts and sessions are not about people and are
 * always shown. Differences between shown figures are not protected (see the README).
 */
public record Suppression(boolean applies) {

    public static final int MINIMUM_GROUP = 5;
    /** The bucket that takes a breakdown's small groups, so their names (an institution) do not show either. */
    public static final String OTHER = "other";

    public static Suppression forAggregatesOnly() {
        return new Suppression(true);
    }

    public static Suppression none() {
        return new Suppression(false);
    }

    public Figure count(long people) {
        return small(people) ? Figure.hidden() : Figure.of(people);
    }

    /** A rate or average about {@code group} people; none when there is nothing to divide by. */
    public Figure about(long group, OptionalDouble value) {
        if (value.isEmpty()) {
            return Figure.none();
        }
        return small(group) ? Figure.hidden() : Figure.of(value.getAsDouble());
    }

    /** Evaluation figures: suppressed below the minimum for every reader. */
    public Figure evaluation(long responses, OptionalDouble value) {
        if (responses < MINIMUM_GROUP) {
            return Figure.hidden();
        }
        return value.isEmpty() ? Figure.none() : Figure.of(value.getAsDouble());
    }

    /** The number of evaluation responses: below the minimum it is suppressed for every reader. */
    public Figure responses(long responses) {
        return responses < MINIMUM_GROUP ? Figure.hidden() : Figure.of(responses);
    }

    /**
     * A breakdown such as participants per institution. When suppression applies, groups under the minimum
     * are folded into {@link #OTHER} (itself suppressed if still small), so no small group shows its name.
     */
    public Map<String, Figure> breakdown(Map<String, Long> groups) {
        Map<String, Figure> shown = new LinkedHashMap<>();
        long folded = 0;
        boolean anyFolded = false;
        for (Map.Entry<String, Long> group : groups.entrySet()) {
            if (small(group.getValue())) {
                folded += group.getValue();
                anyFolded = true;
            } else {
                shown.put(group.getKey(), Figure.of(group.getValue()));
            }
        }
        if (anyFolded) {
            shown.put(OTHER, count(folded));
        }
        return shown;
    }

    private boolean small(long people) {
        return applies && people < MINIMUM_GROUP;
    }
}
