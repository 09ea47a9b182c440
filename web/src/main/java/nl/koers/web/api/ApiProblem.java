package nl.koers.web.api;

import java.util.Map;

/**
 * The API refused a request with an RFC 9457 problem: the status, the problem's stable code (the part after
 * {@code urn:koers:problem:}), the detail a person can act on, and the fields it names. Pages show it beside
 * the form that caused it; a 404 becomes the friendly "not found" page.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> fieldErrors;

    public ApiProblem(int status, String code, String detail, Map<String, String> fieldErrors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public int status() {
        return status;
    }

    /** The problem's slug, such as {@code cohort-not-open}; {@code "unknown"} when the answer had none. */
    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    /** Field name (as the API names it, e.g. {@code displayName} or {@code stakeholders[0].influence}) to message. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isConflict() {
        return status == 409 || status == 412;
    }
}
