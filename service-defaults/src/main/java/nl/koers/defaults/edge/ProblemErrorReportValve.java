package nl.koers.defaults.edge;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.coyote.ProtocolHandler;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report as problem+json instead of its HTML page. It answers what Tomcat refuses before any
 * servlet runs, where Spring cannot help: a URI with {@code %00}, an encoded slash, a bad escape or a raw
 * character HTTP forbids; a request line and headers above Tomcat's limit; an HTTP version it does not speak.
 * Tomcat's limits stay as they are, and so do its statuses but one: an overflowing request line or header block
 * answers 414 or 431 instead of Tomcat's 400, as at the gateway. Errors inside the application never get
 * here: Tomcat sends them to {@code /error} first, and this report writes nothing over an answer already written.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    /** Tomcat's own message when the request line and headers overflow its header buffer. */
    private static final String HEADER_TOO_LARGE =
            StringManager.getManager("org.apache.coyote.http11").getString("iib.requestheadertoolarge.error");

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // The same guards as Tomcat's own reports: an error, nothing written yet, reported once, and a connection
        // that can still take an answer.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String detail = StatusDetails.of(status);
        if (status == 400 && throwable != null && HEADER_TOO_LARGE.equals(throwable.getMessage())) {
            // Tomcat says 400 for both; HTTP has a status for each, and the gateway answers the same two. The
            // request line overflowed if Tomcat never got to its URI, else the headers after it did.
            boolean lineRead = request.getRequestURI() != null && !request.getRequestURI().isEmpty();
            status = lineRead ? 431 : 414;
            response.setStatus(status);
            detail = (lineRead ? "The request headers are" : "The request URI is") + " larger than the "
                    + maxHeaderSize(request) + " this service accepts for the request line and headers together; "
                    + (lineRead ? "send smaller headers (such as a shorter token)." : "shorten the path or query string.");
        }
        ProblemDetail problem = ProblemResponses.forStatus(status, detail);
        problem.setInstance(ProblemResponses.instance(request.getRequestURI()));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemResponses.json(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // The client went away or the response cannot be written: there is no one left to answer.
        }
    }

    private static String maxHeaderSize(Request request) {
        ProtocolHandler handler = request.getConnector().getProtocolHandler();
        return handler instanceof AbstractHttp11Protocol<?> http11
                ? BodyLimitFilter.describe(http11.getMaxHttpRequestHeaderSize())
                : "size";
    }
}
