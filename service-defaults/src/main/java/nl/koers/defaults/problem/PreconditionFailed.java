package nl.koers.defaults.problem;

/** The caller's version of the record (If-Match) is not the current one. */
public final class PreconditionFailed extends Problem {

    public PreconditionFailed(String code, String title, String detail) {
        super(code, title, detail);
    }
}
