package nl.koers.defaults.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.validation.ConstraintViolationException;
import nl.koers.defaults.edge.BodyTooLargeException;
import nl.koers.defaults.edge.ExpectedValue;
import nl.koers.defaults.edge.MvcDetails;
import nl.koers.defaults.edge.ProblemResponses;
import nl.koers.defaults.edge.StatusDetails;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.Forbidden;
import nl.koers.defaults.problem.InvalidField;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.problem.PreconditionFailed;
import nl.koers.defaults.problem.PreconditionRequired;
import nl.koers.defaults.problem.Problem;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure of a request into RFC 9457 problem+json with a message a person can act on: the
 * framework's own errors (via {@link ResponseEntityExceptionHandler}, with details that say what to change),
 * validation and mistyped values with the fields named, domain {@link Problem}s, and, as a last resort, a 500
 * that says nothing about the internals. What fails before Spring MVC is answered in the same shape by
 * {@code nl.koers.defaults.edge}.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String ABOUT_BLANK = "about:blank";

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> domainProblem(Problem problem) {
        HttpStatus status = switch (problem) {
            case NotFound ignored -> HttpStatus.NOT_FOUND;
            case Forbidden ignored -> HttpStatus.FORBIDDEN;
            case Conflict ignored -> HttpStatus.CONFLICT;
            case InvalidRequest ignored -> HttpStatus.UNPROCESSABLE_CONTENT;
            case InvalidField ignored -> HttpStatus.BAD_REQUEST;
            case PreconditionFailed ignored -> HttpStatus.PRECONDITION_FAILED;
            case PreconditionRequired ignored -> HttpStatus.PRECONDITION_REQUIRED;
        };
        Map<String, Object> properties = problem instanceof InvalidField invalid
                ? Map.of("errors", List.of(Map.of("field", invalid.field(), "message", invalid.reason())))
                : Map.of();
        return problem(status, problem.code(), problem.title(), problem.getMessage(), properties);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this action.", Map.of());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", e.getMessage(), Map.of());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
                .toList();
        return invalidFields(errors);
    }

    @ExceptionHandler(Paging.InvalidPaging.class)
    ResponseEntity<ProblemDetail> invalidPaging(Paging.InvalidPaging e) {
        return invalidFields(List.of(Map.of("field", e.parameter(), "message", e.getMessage())));
    }

    /**
     * Tomcat decodes the query string (and a form body) the first time a parameter is read, and throws for a bad
     * %-escape such as {@code %zz}: the client's mistake, not ours. Only this type is mapped; an
     * {@code IllegalArgumentException} from our own code stays a 500.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameters(InvalidParameterException e) {
        ProblemDetail problem = StatusDetails.invalidParameters(e);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed by someone else",
                "The record was changed while your request was handled; fetch it again and retry.", Map.of());
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, MongoTimeoutException.class,
            MongoSocketException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException e) {
        log.error("Database unavailable", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "temporarily-unavailable", "Temporarily unavailable",
                "The service cannot reach its database right now; try again shortly.", Map.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side; it has been logged.", Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::fieldError).collect(Collectors.toList());
        e.getBindingResult().getGlobalErrors().forEach(g ->
                errors.add(Map.of("field", g.getObjectName(), "message", String.valueOf(g.getDefaultMessage()))));
        return widen(invalidFields(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of(
                        "field", String.valueOf(r.getMethodParameter().getParameterName()),
                        "message", String.valueOf(err.getDefaultMessage()))))
                .toList();
        return widen(invalidFields(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = cause(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            // The rest of the body is never read; the connection cannot carry another request after it.
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                    .body(tooLarge.problem());
        }
        JacksonException json = cause(e, JacksonException.class);
        if (json == null || json.getPath().isEmpty()) {
            String detail = json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? "The request body must be " + ExpectedValue.of(mismatch.getTargetType()) + "."
                    : "The request body is missing or is not valid JSON.";
            return widen(problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body", detail,
                    Map.of()));
        }
        String field = json.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message = json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? "must be " + ExpectedValue.of(mismatch.getTargetType())
                : "has a value of the wrong type or format";
        return widen(problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
                "The field '" + field + "' " + message + ".",
                Map.of("errors", List.of(Map.of("field", field, "message", message)))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return widen(invalidField(e.getParameterName(), "is required",
                "The query parameter '" + e.getParameterName() + "' is required."));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing) {
            return widen(invalidField(missing.getHeaderName(), "is required",
                    "The header '" + missing.getHeaderName() + "' is required."));
        }
        return super.handleServletRequestBindingException(e, headers, status, request);
    }

    /** A path variable, query parameter or header that does not convert, such as a non-UUID id. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String expected = "must be " + ExpectedValue.of(e.getRequiredType());
        return widen(invalidField(MvcDetails.name(e), expected, "The " + MvcDetails.where(e) + " " + expected + "."));
    }

    /**
     * Every framework error the handlers above leave to Spring gets a Koers problem type instead of
     * {@code about:blank}, and a detail that says what to change where Spring's does not.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body == null && e instanceof ErrorResponse response) {
            body = response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType().toString())) {
                problem.setType(URI.create(ProblemResponses.TYPE_PREFIX + ProblemResponses.code(status.value())));
            }
            String detail = MvcDetails.of(e);
            if (detail != null) {
                problem.setDetail(detail);
            }
            // Preset, so that the problem is written whatever the Accept header asked for (text/calendar, text/csv,
            // or a malformed one): otherwise content negotiation finds no match and the answer has no body at all.
            HttpHeaders problemHeaders = new HttpHeaders();
            problemHeaders.putAll(headers);
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            headers = problemHeaders;
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
    }

    private static ResponseEntity<ProblemDetail> invalidFields(List<Map<String, String>> errors) {
        String detail = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                .sorted().collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail, Map.of("errors", errors));
    }

    /** One bad value, with a detail that names it in a sentence rather than as {@code field: message}. */
    private static ResponseEntity<ProblemDetail> invalidField(String field, String message, String detail) {
        ResponseEntity<ProblemDetail> invalid = invalidFields(List.of(Map.of("field", field, "message", message)));
        invalid.getBody().setDetail(detail);
        return invalid;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String title, String detail,
                                                         Map<String, Object> properties) {
        ProblemDetail body = ProblemResponses.problem(status, code, title, detail);
        properties.forEach(body::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
