package nl.koers.reflection.evaluation;

import java.util.Map;

/**
 * One participant's evaluation, as stored: ratings per item and an optional comment, and nothing that
 * says whose it is or when it came in.
 */
public record EvaluationResponse(Map<String, Integer> ratings, String comment) {

    public EvaluationResponse {
        ratings = Map.copyOf(ratings);
    }
}
