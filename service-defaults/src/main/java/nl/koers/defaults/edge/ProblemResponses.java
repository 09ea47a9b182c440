package nl.koers.defaults.edge;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one shape of every error a Koers service answers: RFC 9457 {@code application/problem+json} whose
 * {@code type} is {@code urn:koers:problem:<code>}, with a title, the status, a detail a person can act on and the
 * path as {@code instance}. Spring MVC's advice returns these; the layers in front of Spring MVC (Tomcat's error
 * report, the body limit, the security filters, {@code /error}) have no message converters and write them with
 * {@link #write}.
 */
public final class ProblemResponses {

    public static final String TYPE_PREFIX = "urn:koers:problem:";

    private ProblemResponses() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title);
        return problem;
    }

    /** A problem that only its status describes, such as a 405 or a 414 from the server itself. */
    public static ProblemDetail forStatus(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? (status >= 500 ? "Server error" : "Client error") : known.getReasonPhrase();
        return problem(HttpStatusCode.valueOf(status), code(status), title, detail);
    }

    /**
     * The type's slug for a bare status: the status's name ({@code method-not-allowed}, {@code uri-too-long}),
     * except the two the services already answer under their own names.
     */
    public static String code(int status) {
        if (status == 500) {
            return "internal-error";
        }
        if (status == 503) {
            return "temporarily-unavailable";
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? (status >= 500 ? "server-error" : "client-error")
                : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The request path as the problem's {@code instance}, or none when it is no valid URI reference: a problem
     * answer must never fail on the very input it is refusing.
     */
    public static URI instance(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    public static String json(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return JsonMapper.shared().writeValueAsString(body);
    }

    /** Answers with {@code problem}, for code that runs before (or outside) Spring MVC. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        byte[] body = json(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
