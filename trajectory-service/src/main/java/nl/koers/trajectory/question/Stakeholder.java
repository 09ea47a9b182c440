package nl.koers.trajectory.question;

import nl.koers.defaults.problem.InvalidRequest;

/**
 * A person or role on a stakeholder map: who (a name or a role), their function, their organisational level,
 * their influence and interest (1-5), their stance, whether they still need to be involved, and a note.
 */
public record Stakeholder(String nameOrRole, String function, OrganisationalLevel level, int influence,
                          int interest, Stance stance, boolean toInvolve, String note) {

    public static final int MAX_NAME = 200;
    public static final int MAX_FUNCTION = 200;
    public static final int MAX_NOTE = 1000;

    public Stakeholder {
        nameOrRole = text("name or role", nameOrRole, MAX_NAME, true);
        function = text("function", function, MAX_FUNCTION, false);
        note = text("note", note, MAX_NOTE, false);
        if (level == null) {
            throw invalid("Each stakeholder needs an organisational level.");
        }
        if (influence < 1 || influence > 5 || interest < 1 || interest > 5) {
            throw invalid("Influence and interest are each rated 1 to 5.");
        }
        stance = stance == null ? Stance.UNKNOWN : stance;
    }

    public Quadrant quadrant() {
        return Quadrant.of(influence, interest);
    }

    private static String text(String field, String value, int max, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (required && stripped.isEmpty()) {
            throw invalid("Each stakeholder needs a " + field + ".");
        }
        if (stripped.length() > max) {
            throw invalid("A stakeholder's " + field + " is longer than " + max + " characters.");
        }
        return stripped;
    }

    static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-stakeholder-map", "Invalid stakeholder map", detail);
    }
}
