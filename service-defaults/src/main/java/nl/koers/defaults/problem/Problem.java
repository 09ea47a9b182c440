package nl.koers.defaults.problem;

/**
 * A request a service refuses for a reason a person can act on. Domain code throws the subclasses, which
 * carry no HTTP or Spring types; the web layer turns them into RFC 9457 problem+json.
 */
public abstract sealed class Problem extends RuntimeException permits NotFound, Forbidden, Conflict,
        InvalidRequest, InvalidField, PreconditionFailed, PreconditionRequired {

    private final String code;
    private final String title;

    protected Problem(String code, String title, String detail) {
        super(detail);
        this.code = code;
        this.title = title;
    }

    /** A stable, machine-readable slug such as {@code cohort-not-open}; it becomes the problem type. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
