package nl.koers.trajectory.question.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.koers.trajectory.question.Quadrant;
import nl.koers.trajectory.question.Stakeholder;
import nl.koers.trajectory.question.StakeholderMap;

/**
 * A stakeholder map as the API shows it: each stakeholder with their derived power/interest quadrant, who
 * still needs to be involved, and how many fall in each quadrant. {@code version} is also the ETag.
 */
record StakeholderMapView(UUID questionId, long version, Instant updatedAt, List<StakeholderView> stakeholders,
                          List<String> stillToInvolve, Map<String, Integer> quadrants) {

    record StakeholderView(String nameOrRole, String function, String level, int influence, int interest,
                           String stance, boolean toInvolve, String note, String quadrant) {

        static StakeholderView of(Stakeholder s) {
            return new StakeholderView(s.nameOrRole(), s.function().isEmpty() ? null : s.function(), s.level().name(),
                    s.influence(), s.interest(), s.stance().name(), s.toInvolve(),
                    s.note().isEmpty() ? null : s.note(), s.quadrant().name());
        }
    }

    static StakeholderMapView of(StakeholderMap map) {
        Map<String, Integer> quadrants = Arrays.stream(Quadrant.values()).collect(Collectors.toMap(
                Quadrant::name, map::count, (a, b) -> a, LinkedHashMap::new));
        return new StakeholderMapView(map.questionId(), map.version(), map.updatedAt(),
                map.stakeholders().stream().map(StakeholderView::of).toList(),
                map.stillToInvolve().stream().map(Stakeholder::nameOrRole).toList(), quadrants);
    }
}
