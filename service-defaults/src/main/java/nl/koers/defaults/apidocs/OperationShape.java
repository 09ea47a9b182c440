package nl.koers.defaults.apidocs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.Collection;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import nl.koers.defaults.web.AlsoAnswers;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.defaults.web.Versioned;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes one operation say what its handler really does, read off the handler method and the operation springdoc
 * built from it: the paging parameters behind a {@link Paging} argument, the true success status with its
 * {@code Location} and {@code ETag} headers, real media types, and the problem answers its shape allows: 400
 * and 503 always; 401 and 403 unless public; 404 with path variables or an id in the query or body; 409 and
 * 422 for writes, 422 also for reads with query parameters beyond paging; 412 with If-Match, 428 where it is
 * documented required; 413 and 415 with a request body; and what the handler adds with {@link AlsoAnswers}.
 */
final class OperationShape {

    private static final Set<PathItem.HttpMethod> WRITES = EnumSet.of(PathItem.HttpMethod.POST,
            PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final List<String> IGNORED_HEADERS = List.of(HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.AUTHORIZATION);
    static final String PUBLIC_SENTENCE = "Public: no access token is needed.";

    private OperationShape() {
    }

    /** Shapes {@code operation} in place and answers the problem responses it now refers to. */
    static Set<ProblemResponse> shape(PathItem.HttpMethod method, Operation operation, HandlerMethod handler,
                                      boolean isPublic) {
        if (operation.getParameters() != null) {
            // OpenAPI ignores these header parameters (the media types and security say it); a client would not.
            operation.getParameters().removeIf(p -> "header".equals(p.getIn()) && IGNORED_HEADERS.stream()
                    .anyMatch(h -> h.equalsIgnoreCase(p.getName())));
            if (operation.getParameters().isEmpty()) {
                operation.setParameters(null);
            }
        }
        if (takesPaging(handler)) {
            addPagingParameters(operation);
        }
        if (isPublic) {
            operation.setSecurity(new ArrayList<>());
            operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank()
                    ? PUBLIC_SENTENCE : operation.getDescription().strip() + "\n\n" + PUBLIC_SENTENCE);
        }
        Parameter ifMatch = ifMatch(operation);
        if (ifMatch != null && ifMatch.getDescription() == null) {
            ifMatch.setDescription(Boolean.TRUE.equals(ifMatch.getRequired())
                    ? "The ETag of the version you last read, or `*` to overwrite whatever is there. Required:"
                            + " without it the answer is 428; with a version that is no longer current, 412."
                    : "The ETag of the version you last read: the change is refused with 412 when the record"
                            + " changed since. Without it (or with `*`) the change applies to whatever is current.");
        }
        ApiResponses responses = successes(operation, handler);
        Set<ProblemResponse> problems = problems(method, operation, handler, ifMatch, isPublic);
        problems.forEach(problem -> responses.addApiResponse(problem.status(),
                new ApiResponse().$ref(problem.reference())));
        operation.setResponses(sorted(responses));
        return problems;
    }

    private static boolean takesPaging(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == Paging.class);
    }

    @SuppressWarnings("unchecked")
    private static void addPagingParameters(Operation operation) {
        boolean present = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "query".equals(p.getIn()) && Paging.PAGE.equals(p.getName()));
        if (present) {
            return;
        }
        operation.addParametersItem(new Parameter().in("query").name(Paging.PAGE).required(false)
                .description("Which page to answer, counting from 0.")
                .schema(Schemas.integer(0, Paging.MAX_PAGE).example(0)._default(0)));
        operation.addParametersItem(new Parameter().in("query").name(Paging.SIZE).required(false)
                .description("How many items a page holds, at most " + PageView.MAX_SIZE + ".")
                .schema(Schemas.integer(1, PageView.MAX_SIZE).example(PageView.DEFAULT_SIZE)
                        ._default(PageView.DEFAULT_SIZE)));
    }

    private static Parameter ifMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> "header".equals(p.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
    }

    /** springdoc (3.0.3) already answers with the {@code @ResponseStatus} code, also for a ResponseEntity. */
    private static ApiResponses successes(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean versioned = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), Versioned.class);
        responses.forEach((status, response) -> {
            if (!status.startsWith("2")) {
                return;
            }
            if (status.equals("204")) {
                response.setContent(null);
            } else {
                response.setContent(mediaTypes(response.getContent()));
            }
            if (status.equals("201")) {
                response.addHeaderObject(HttpHeaders.LOCATION, new Header()
                        .description("Where the new resource is: GET it there.")
                        .schema(Schemas.string().format("uri-reference").example("/api/cohorts/0b6e2f9c-6f5a-4d0e-9a51-6f0a3c2d1e4b")));
            }
            if (versioned) {
                response.addHeaderObject(HttpHeaders.ETAG, new Header()
                        .description("The version of the record in this answer. Send it back as If-Match to change"
                                + " the record only if nobody changed it meanwhile.")
                        .schema(Schemas.string().example("\"3\"")));
            }
        });
        return responses;
    }

    /** JSON instead of springdoc's {@code *}/{@code *}; a text answer (CSV, iCalendar) is a string, not JSON. */
    private static Content mediaTypes(Content content) {
        if (content == null) {
            return null;
        }
        Content typed = new Content();
        content.forEach((name, media) -> {
            String type = name.equals("*/*") ? JSON : name;
            if (type.startsWith("text/")) {
                media = new MediaType().schema(Schemas.string());
            }
            typed.addMediaType(type, media);
        });
        return typed;
    }

    private static Set<ProblemResponse> problems(PathItem.HttpMethod method, Operation operation,
                                                 HandlerMethod handler, Parameter ifMatch, boolean isPublic) {
        Set<ProblemResponse> problems = EnumSet.of(ProblemResponse.BAD_REQUEST, ProblemResponse.SERVICE_UNAVAILABLE);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (!isPublic) {
            problems.add(ProblemResponse.UNAUTHORIZED);
            problems.add(ProblemResponse.FORBIDDEN);
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn())) || namesARecord(handler)) {
            problems.add(ProblemResponse.NOT_FOUND);
        }
        boolean filters = parameters.stream().anyMatch(p -> "query".equals(p.getIn())
                && !Paging.PAGE.equals(p.getName()) && !Paging.SIZE.equals(p.getName()));
        if (WRITES.contains(method)) {
            problems.add(ProblemResponse.CONFLICT);
            problems.add(ProblemResponse.UNPROCESSABLE_CONTENT);
        } else if (filters) {
            problems.add(ProblemResponse.UNPROCESSABLE_CONTENT);
        }
        if (ifMatch != null) {
            problems.add(ProblemResponse.PRECONDITION_FAILED);
            if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                problems.add(ProblemResponse.PRECONDITION_REQUIRED);
            }
        }
        AlsoAnswers also = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), AlsoAnswers.class);
        if (also != null) {
            Arrays.stream(also.value()).mapToObj(ProblemResponse::of).forEach(problems::add);
        }
        if (operation.getRequestBody() != null) {
            problems.add(ProblemResponse.PAYLOAD_TOO_LARGE);
            problems.add(ProblemResponse.UNSUPPORTED_MEDIA_TYPE);
        }
        return problems;
    }

    /**
     * An id in the query or the body (a cohort to enrol in, a cohort whose seats to count) names a record that may
     * not exist or may not be the caller's to see: that is a 404 as much as an id in the path is.
     */
    private static boolean namesARecord(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> {
            Class<?> type = p.getParameterType();
            if (type == UUID.class || (Collection.class.isAssignableFrom(type)
                    && p.getGenericParameterType().getTypeName().contains(UUID.class.getName()))) {
                return true;
            }
            return p.hasParameterAnnotation(RequestBody.class) && type.isRecord()
                    && Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getType() == UUID.class
                            || c.getGenericType().getTypeName().contains(UUID.class.getName()));
        });
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(responses).forEach(sorted::addApiResponse);
        sorted.setExtensions(responses.getExtensions());
        return sorted;
    }
}
