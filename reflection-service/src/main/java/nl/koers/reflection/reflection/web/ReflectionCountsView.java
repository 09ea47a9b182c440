package nl.koers.reflection.reflection.web;

import java.util.Map;
import java.util.UUID;
import nl.koers.reflection.membership.Visibility;

/** How many reflections a cohort has, by visibility: what organisers see instead of the text. */
record ReflectionCountsView(UUID cohortId, long total, Map<Visibility, Long> byVisibility) {

    static ReflectionCountsView of(UUID cohortId, Map<Visibility, Long> counts) {
        return new ReflectionCountsView(cohortId, counts.values().stream().mapToLong(Long::longValue).sum(), counts);
    }
}
