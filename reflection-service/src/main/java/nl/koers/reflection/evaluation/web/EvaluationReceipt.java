package nl.koers.reflection.evaluation.web;

import java.util.Map;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What the participant gets back: their own ratings and comment, once. There is no id to fetch it by later:
 * the stored response is not linked to anyone, them included.
 */
record EvaluationReceipt(
        UUID cohortId,
        @Schema(description = "Your ratings, item key to rating 1..5")
        Map<String, Integer> ratings,
        @Schema(description = "Your comment as sent; null when you gave none")
        @Nullable String comment) {
}
