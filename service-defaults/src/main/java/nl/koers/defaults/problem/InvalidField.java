package nl.koers.defaults.problem;

/**
 * A request field or parameter that is well-formed on its own but wrong in combination (a period that ends before it
 * starts) or missing where a rule needs it (an admin's erasure must say whose). Answered like a field that failed
 * validation: 400 {@code invalid-request}, the field named in {@code errors}, so a form can show the message beside it.
 */
public final class InvalidField extends Problem {

    private final String field;
    private final String reason;

    /**
     * @param reason what is wrong with the field, in a few words: {@code must be on or before to}
     * @param detail the whole sentence for the problem's {@code detail}
     */
    public InvalidField(String field, String reason, String detail) {
        super("invalid-request", "Invalid request", detail);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
