package nl.koers.defaults.problem;

/** The request is well-formed but breaks a rule of the domain, such as an end date before a start date. */
public final class InvalidRequest extends Problem {

    public InvalidRequest(String code, String title, String detail) {
        super(code, title, detail);
    }
}
