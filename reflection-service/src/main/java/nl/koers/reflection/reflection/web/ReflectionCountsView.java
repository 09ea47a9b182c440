package nl.koers.reflection.reflection.web;

import java.util.Map;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.reflection.membership.Visibility;

/** How many reflections a cohort has, by visibility: what organisers see instead of the text. */
record ReflectionCountsView(
        UUID cohortId,
        @Schema(description = "How many reflections the cohort has in all", example = "12")
        long total,
        @Schema(description = "How many there are per visibility: PRIVATE, FACILITATORS and COHORT, each present")
        Map<Visibility, Long> byVisibility) {

    static ReflectionCountsView of(UUID cohortId, Map<Visibility, Long> counts) {
        return new ReflectionCountsView(cohortId, counts.values().stream().mapToLong(Long::longValue).sum(), counts);
    }
}
