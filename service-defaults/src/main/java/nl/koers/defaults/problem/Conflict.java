package nl.koers.defaults.problem;

/** The request clashes with the current state, such as enrolling twice or enrolling in a closed cohort. */
public final class Conflict extends Problem {

    public Conflict(String code, String title, String detail) {
        super(code, title, detail);
    }
}
