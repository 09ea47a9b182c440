package nl.koers.reflection.casus;

import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.reflection.membership.Visibility;

/** What a participant tells about a case: a title, the quality situation, and who may read it. */
public record CaseDescription(String title, String situation, Visibility visibility) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SITUATION = 10_000;

    public CaseDescription {
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
            throw invalid("A case needs a title of 1 to " + MAX_TITLE + " characters.");
        }
        if (situation == null || situation.isBlank() || situation.strip().length() > MAX_SITUATION) {
            throw invalid("Describe the situation in 1 to " + MAX_SITUATION + " characters.");
        }
        title = title.strip();
        situation = situation.strip();
        visibility = visibility == null ? Visibility.COHORT : visibility;
    }

    static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-case", "Invalid case", detail);
    }
}
