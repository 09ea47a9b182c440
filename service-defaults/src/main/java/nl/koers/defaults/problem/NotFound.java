package nl.koers.defaults.problem;

/** The thing asked for does not exist, or the caller may not know it exists. */
public final class NotFound extends Problem {

    public NotFound(String code, String title, String detail) {
        super(code, title, detail);
    }
}
