package nl.koers.reflection.evaluation;

/** One thing participants rate from 1 to 5 when they evaluate a trajectory: a key and the label they read. */
public record EvaluationItem(String key, String label) {
}
