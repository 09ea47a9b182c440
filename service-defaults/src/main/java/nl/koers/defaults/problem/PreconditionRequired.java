package nl.koers.defaults.problem;

/** A change that is only accepted with the caller's version of the record (If-Match) came without one. */
public final class PreconditionRequired extends Problem {

    public PreconditionRequired(String code, String title, String detail) {
        super(code, title, detail);
    }
}
