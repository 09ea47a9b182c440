package nl.koers.trajectory.instrument;

import java.util.List;
import java.util.Objects;

/** A conversation card: a question on the front and suggestions on the back, for everyone or one audience. */
public record Card(String question, List<String> suggestions, Audience audience) {

    static final int MAX_QUESTION = 500;
    static final int MAX_SUGGESTIONS = 20;
    static final int MAX_SUGGESTION = 500;

    public Card {
        question = InstrumentRules.text("card question", question, MAX_QUESTION, true);
        suggestions = suggestions == null ? List.of() : suggestions;
        if (suggestions.size() > MAX_SUGGESTIONS) {
            throw InstrumentRules.invalid("A card has at most " + MAX_SUGGESTIONS + " suggestions.");
        }
        suggestions = suggestions.stream().map(s -> InstrumentRules.text("suggestion", s, MAX_SUGGESTION, true)).toList();
        audience = Objects.requireNonNullElse(audience, Audience.ALL);
    }
}
