package nl.koers.defaults.edge;

import java.io.IOException;
import org.springframework.http.ProblemDetail;

/**
 * Thrown while a request body of unknown length (chunked) is read, the moment it passes the limit. An
 * {@link IOException} because that is what a reader of the body expects from its stream; Spring MVC wraps it, and
 * the problem advice finds it in the causes and answers 413.
 */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + BodyLimitFilter.describe(limit) + ", the most this service accepts.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The 413 answer, which says the limit. */
    public ProblemDetail problem() {
        return ProblemResponses.forStatus(413, getMessage());
    }
}
