package nl.koers.trajectory.trajectory;

import org.jspecify.annotations.Nullable;

/**
 * Which trajectories a list shows: those whose title contains a text (ignoring case), those a coalition co-owns,
 * or both; null means no condition.
 */
public record TrajectoryFilter(@Nullable String titleContains, @Nullable String coalitionId) {

    public TrajectoryFilter {
        titleContains = titleContains == null || titleContains.isBlank() ? null : titleContains.strip();
        coalitionId = coalitionId == null || coalitionId.isBlank() ? null : coalitionId.strip();
    }
}
