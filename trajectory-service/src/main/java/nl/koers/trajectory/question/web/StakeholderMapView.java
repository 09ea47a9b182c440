package nl.koers.trajectory.question.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.question.Quadrant;
import nl.koers.trajectory.question.Stakeholder;
import nl.koers.trajectory.question.StakeholderMap;
import org.jspecify.annotations.Nullable;

/**
 * A stakeholder map as the API shows it: each stakeholder with their derived power/interest quadrant, who
 * still needs to be involved, and how many fall in each quadrant. {@code version} is also the ETag.
 */
record StakeholderMapView(UUID questionId,
                          @Schema(description = "0 before the first save; the ETag is this number in quotes",
                                  example = "1")
                          long version,
                          @Schema(description = "When it was last saved; null before the first save")
                          @Nullable Instant updatedAt,
                          List<StakeholderView> stakeholders,
                          @Schema(description = "The names or roles of those still to involve, in map order")
                          List<String> stillToInvolve,
                          @Schema(description = "How many stakeholders fall in each quadrant: MANAGE_CLOSELY,"
                                  + " KEEP_SATISFIED, KEEP_INFORMED and MONITOR, always all four")
                          Map<String, Integer> quadrants) {

    /** One stakeholder with their quadrant. */
    record StakeholderView(String nameOrRole, @Schema(description = "Null when none was given") @Nullable String function,
                           @Schema(example = "TEAM") String level, int influence, int interest,
                           @Schema(description = "SUPPORTER, NEUTRAL, CRITIC or UNKNOWN", example = "SUPPORTER")
                           String stance,
                           boolean toInvolve,
                           @Schema(description = "Null when none was given") @Nullable String note,
                           @Schema(description = "From influence and interest: MANAGE_CLOSELY, KEEP_SATISFIED,"
                                   + " KEEP_INFORMED or MONITOR", example = "KEEP_SATISFIED")
                           String quadrant) {

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
