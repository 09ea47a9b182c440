package nl.koers.reflection.evaluation.web;

import java.util.Map;
import java.util.UUID;

/**
 * What the participant gets back: their own ratings and comment, once. There is no id to fetch it by later:
 * the stored response is not linked to anyone, them included.
 */
record EvaluationReceipt(UUID cohortId, Map<String, Integer> ratings, String comment) {
}
