package nl.koers.web.reflection.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A participant's evaluation as the form holds it: every item of the trajectory's evaluation rated 1 to 5,
 * and an optional comment. The limits are reflection-service's.
 */
record EvaluationForm(@Valid List<Rating> ratings,
                      @Size(max = 2_000, message = "{validation.size.max}") String comment) {

    EvaluationForm {
        ratings = ratings == null ? List.of() : ratings;
    }

    /** One item's rating, by the item's key. */
    record Rating(String key,
                  @NotNull(message = "{validation.choose}") @Min(value = 1, message = "{validation.choose}")
                  @Max(value = 5, message = "{validation.choose}") Integer value) {
    }

    /** The ratings by item key, as the API takes them. */
    Map<String, Integer> byKey() {
        Map<String, Integer> byKey = new LinkedHashMap<>();
        ratings.forEach(r -> byKey.put(r.key(), r.value()));
        return byKey;
    }
}
