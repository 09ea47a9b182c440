package nl.koers.defaults.problem;

/**
 * The caller may see the record but not do this to it, such as a cohort member changing another member's
 * shared question. A record the caller may not see at all is a {@link NotFound} instead, so that its
 * existence does not leak.
 */
public final class Forbidden extends Problem {

    public Forbidden(String code, String title, String detail) {
        super(code, title, detail);
    }
}
