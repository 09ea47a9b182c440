package nl.koers.reflection.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.koers.defaults.problem.InvalidRequest;

/**
 * The items a trajectory's participants rate, configured by the organiser per trajectory. Until they do,
 * a default set drawn from what the seeds' organisers ask about applies: relevance to one's own question,
 * the facilitation, sparring with peers from other institutions, applicability at home, and the whole.
 */
public record EvaluationForm(UUID trajectoryId, List<EvaluationItem> items, long version) {

    public static final int MAX_ITEMS = 15;
    public static final int MAX_LABEL = 200;
    public static final int MAX_COMMENT = 2_000;
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    static final List<EvaluationItem> DEFAULT = List.of(
            new EvaluationItem("relevance", "Relevantie voor mijn eigen ontwikkelvraag"),
            new EvaluationItem("facilitation", "Begeleiding door de experts"),
            new EvaluationItem("peer-exchange", "Sparren met collega's van andere instellingen en functies"),
            new EvaluationItem("applicability", "Toepasbaarheid in mijn eigen organisatie"),
            new EvaluationItem("overall", "Het traject als geheel"));

    public EvaluationForm {
        items = items == null ? List.of() : List.copyOf(items);
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw invalid("invalid-evaluation-items", "An evaluation has 1 to " + MAX_ITEMS + " items.");
        }
        Set<String> keys = new HashSet<>();
        for (EvaluationItem item : items) {
            if (!keys.add(item.key())) {
                throw invalid("invalid-evaluation-items", "The item key '" + item.key() + "' is used twice.");
            }
            if (item.label() == null || item.label().isBlank() || item.label().length() > MAX_LABEL) {
                throw invalid("invalid-evaluation-items",
                        "The label of item '" + item.key() + "' must be 1 to " + MAX_LABEL + " characters.");
            }
        }
    }

    /** The form of a trajectory whose organiser configured none: version 0, the default items. */
    public static EvaluationForm defaults(UUID trajectoryId) {
        return new EvaluationForm(trajectoryId, DEFAULT, 0);
    }

    public EvaluationForm replacedBy(List<EvaluationItem> replacement) {
        return new EvaluationForm(trajectoryId, replacement, version + 1);
    }

    /** A response to this form: every item rated 1 to 5, no other keys, a comment of at most 2000 characters. */
    public EvaluationResponse respond(Map<String, Integer> ratings, String comment) {
        Set<String> expected = new TreeSet<>(items.stream().map(EvaluationItem::key).toList());
        Set<String> unknown = new TreeSet<>(ratings.keySet());
        unknown.removeAll(expected);
        if (!unknown.isEmpty()) {
            throw invalid("unknown-evaluation-item", "This trajectory's evaluation has no item " + unknown
                    + "; its items are " + expected + ".");
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(ratings.keySet());
        if (!missing.isEmpty()) {
            throw invalid("missing-rating", "Rate every item from " + LOWEST + " to " + HIGHEST + "; missing: " + missing + ".");
        }
        ratings.forEach((key, rating) -> {
            if (rating == null || rating < LOWEST || rating > HIGHEST) {
                throw invalid("invalid-rating", "The rating of '" + key + "' must be " + LOWEST + " to " + HIGHEST + ".");
            }
        });
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw invalid("invalid-comment", "The comment is longer than " + MAX_COMMENT + " characters.");
        }
        return new EvaluationResponse(ratings, text);
    }

    private static InvalidRequest invalid(String code, String detail) {
        return new InvalidRequest(code, "Invalid evaluation", detail);
    }
}
