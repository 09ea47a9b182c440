package nl.koers.defaults.edge;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.ProblemDetail;

/**
 * The detail for a refusal that only its status describes: what the server (not a handler) refused, said so that
 * a client developer knows what to change. One wording for Tomcat's error report and for {@code /error}.
 */
public final class StatusDetails {

    private StatusDetails() {
    }

    public static String of(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: its path, query string or headers hold a character or escape that "
                    + "HTTP does not allow here, such as %00, an encoded slash (%2F), a '%' not followed by two "
                    + "hexadecimal digits, or an unencoded space, quote or brace. Percent-encode the request properly.";
            case 401 -> "This endpoint needs a bearer access token.";
            case 403 -> "Your role does not allow this action.";
            case 404 -> "Nothing is served at this path.";
            case 405 -> "This method is not allowed at this path.";
            case 408 -> "The request did not arrive in time; send it again.";
            case 413 -> "The request body is larger than this service accepts.";
            case 414 -> "The request URI is longer than this service accepts; shorten the path or the query string.";
            case 431 -> "The request headers are larger than this service accepts; send smaller headers.";
            case 501 -> "The request asks for something this server does not implement, such as an unknown "
                    + "Transfer-Encoding.";
            case 505 -> "This HTTP version is not supported; use HTTP/1.1.";
            default -> status >= 500 ? "Something went wrong on our side; it has been logged."
                    : "The request was not accepted.";
        };
    }

    /**
     * Tomcat refuses, as the handler first reads a parameter, a query string (or form body) it cannot decode: a
     * bad %-escape, or a form body above its limit. Its message speaks of a parameter "ignored", which is no longer
     * true, so the detail is ours.
     */
    public static ProblemDetail invalidParameters(InvalidParameterException e) {
        int status = e.getErrorCode() >= 400 && e.getErrorCode() < 500 ? e.getErrorCode() : 400;
        String detail = status == 413
                ? "The form body is larger than this service accepts."
                : "The query string or form body is not correctly percent-encoded: every '%' must be followed by two "
                + "hexadecimal digits (a literal % is written %25) and the decoded bytes must be UTF-8.";
        return ProblemResponses.forStatus(status, detail);
    }
}
