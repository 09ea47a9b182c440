package nl.koers.defaults.security;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.koers.defaults.edge.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers the security filters' refusals as problem+json: those never reach the MVC exception handlers, and
 * Spring Security's defaults send an empty body (401, 403) or Boot's error JSON (the firewall's 400).
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    /** Longer firewall messages quote a whole header value back; the start says which rule it broke. */
    private static final int MAX_REASON = 300;

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean missing = e instanceof InsufficientAuthenticationException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, missing ? "Bearer" : "Bearer error=\"invalid_token\"");
        write(response, request, ProblemResponses.problem(HttpStatus.UNAUTHORIZED,
                "unauthorized", "Unauthorized", missing
                        ? "This endpoint needs a bearer access token."
                        : "The access token was rejected: " + e.getMessage()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, request, ProblemResponses.problem(HttpStatus.FORBIDDEN,
                "forbidden", "Forbidden", "Your role does not allow this action."));
    }

    /**
     * {@code StrictHttpFirewall} refuses, before any other filter, URLs and headers that could fool a path match
     * or a log: {@code ;jsessionid=}, an encoded {@code /}, {@code %} or {@code ;}, {@code ..}, a null byte, an
     * unknown method. Its message names the rule, which is what the client needs to know.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON) + "...";
        }
        write(response, request, ProblemResponses.problem(HttpStatus.BAD_REQUEST,
                "request-rejected", "Request rejected", (reason.endsWith(".") ? reason : reason + ".")
                        + (reason.contains("URL") ? " Send the path without path parameters (;...), encoded "
                        + "slashes or percent signs, dot segments or control characters." : "")));
    }

    private static void write(HttpServletResponse response, HttpServletRequest request, ProblemDetail problem)
            throws IOException {
        problem.setInstance(ProblemResponses.instance(request.getRequestURI()));
        ProblemResponses.write(response, problem);
    }
}
