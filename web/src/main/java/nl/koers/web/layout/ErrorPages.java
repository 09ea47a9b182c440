package nl.koers.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.ServiceUnavailable;
import nl.koers.web.security.HtmxAwareEntryPoint.Htmx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a person sees when the API refuses or is away, instead of a stack trace or a blank page: the API's 404
 * (a record that does not exist or is not theirs to see, which the API does not tell apart) becomes a plain
 * "not found" page, a 403 a "not for you" page, an unanswered call a "try again shortly" page. htmx requests
 * get the same message as a fragment for their target.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(ApiProblem.class)
    String refused(ApiProblem problem, HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = switch (problem.status()) {
            case 404, 403, 401 -> problem.status();
            default -> problem.status() >= 500 ? 502 : problem.status();
        };
        response.setStatus(status);
        PageModel.addTo(model, request);
        model.addAttribute("problem", problem);
        String page = switch (status) {
            case 404 -> "not-found";
            case 403, 401 -> "forbidden";
            default -> "problem";
        };
        return Htmx.isHtmx(request) ? "error/fragments :: " + page : "error/" + page;
    }

    @ExceptionHandler(ServiceUnavailable.class)
    String away(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        PageModel.addTo(model, request);
        return Htmx.isHtmx(request) ? "error/fragments :: unavailable" : "error/unavailable";
    }

    /**
     * Anything else: Spring's own refusals (a malformed id in the path, a missing parameter, a wrong method) keep
     * their status; what nobody expected is logged and shown as a plain "that did not work", never as a stack
     * trace or, for htmx, as Boot's JSON error.
     */
    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = e instanceof ErrorResponse known ? known.getStatusCode().value() : 500;
        if (status >= 500) {
            log.error("{} {} failed", request.getMethod(), loggable(request.getRequestURI()), e);
        }
        response.setStatus(status);
        PageModel.addTo(model, request);
        String page = status == 404 ? "not-found" : "problem";
        return Htmx.isHtmx(request) ? "error/fragments :: " + page : "error/" + page;
    }

    /** A path as it may be logged: an invitation's address carries its secret, which never goes into a log. */
    static String loggable(String path) {
        return path != null && path.startsWith("/invitations/") ? "/invitations/…" : path;
    }

    /** The refresh token has expired too: sign in again, then back to the page (htmx cannot follow the redirect). */
    @ExceptionHandler(ClientAuthorizationRequiredException.class)
    void signInAgain(ClientAuthorizationRequiredException e, HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException {
        request.getSession().invalidate();
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Redirect", Htmx.currentPage(request));
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getRequestURI());
        }
    }
}
