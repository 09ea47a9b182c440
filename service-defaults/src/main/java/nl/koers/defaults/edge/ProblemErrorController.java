package nl.koers.defaults.edge;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@code /error} in place of Boot's {@code BasicErrorController}, whose default JSON ({@code timestamp},
 * {@code error}, {@code path}) is not a problem document. Everything the servlet container turns into an error
 * dispatch arrives here: a {@code sendError} from a filter (Spring Security's firewall does so when no handler
 * is set), or an exception thrown outside Spring MVC. Always problem+json, whatever the client accepts.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemDetail problem = status instanceof Integer code
                ? describe(code, failure)
                // Called directly, not as an error dispatch: there is nothing at this path for a client.
                : ProblemResponses.forStatus(404, StatusDetails.of(404));
        problem.setInstance(ProblemResponses.instance(path != null ? path : request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail describe(int status, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return tooLarge.problem();
            }
            if (cause instanceof InvalidParameterException invalid) {
                return StatusDetails.invalidParameters(invalid);
            }
        }
        if (status >= 500) {
            log.error("Request failed outside Spring MVC with {}", status, failure);
        }
        return ProblemResponses.forStatus(status, StatusDetails.of(status));
    }
}
