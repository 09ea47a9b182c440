package nl.koers.defaults.apidocs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The error answers a Koers operation can give, each a shared {@code components.responses} entry with an
 * {@code application/problem+json} body of the one {@code Problem} schema (what {@code ProblemDetailsAdvice} and
 * the security handlers write). Which of them an operation lists follows from its shape ({@link OperationShape}).
 */
enum ProblemResponse {

    BAD_REQUEST(400, "BadRequest", "The request is malformed: a path or query parameter, a header or a body field is"
            + " missing, of the wrong type or outside its limits. For invalid fields, `errors` names each one.",
            "invalid-request", "Invalid request", "size: must be a whole number from 1 to 100",
            List.of(fieldError("size", "must be a whole number from 1 to 100"))),
    UNAUTHORIZED(401, "Unauthorized", "No bearer access token came with the request, or it was rejected (expired,"
            + " not signed by the Koers identity provider, or not for audience `koers`). Get a new token and retry.",
            "unauthorized", "Unauthorized", "This endpoint needs a bearer access token.", null),
    FORBIDDEN(403, "Forbidden", "The access token's roles do not allow this, or the caller may see the record but"
            + " not do this to it.", "forbidden", "Forbidden", "Your role does not allow this action.", null),
    NOT_FOUND(404, "NotFound", "Nothing exists at this path, or the caller may not know that it does.",
            "not-found", "Not found", "There is no cohort 0b6e2f9c-6f5a-4d0e-9a51-6f0a3c2d1e4b.", null),
    CONFLICT(409, "Conflict", "The request clashes with the record's current state, such as enrolling twice, or the"
            + " record changed while the request was handled. Fetch it again and decide.",
            "concurrent-change", "Changed by someone else",
            "The record was changed while your request was handled; fetch it again and retry.", null),
    GONE(410, "Gone", "The record existed but can no longer be used, such as an invitation past its date.",
            "invitation-expired", "Invitation expired",
            "This invitation expired on 1 March 2027; ask the organiser of the cohort for a new one.", null),
    PRECONDITION_FAILED(412, "PreconditionFailed", "If-Match does not name the record's current version: someone"
            + " changed it since you read it. Fetch it again (its ETag) and retry with that.",
            "version-mismatch", "Version mismatch", "If-Match \"3\" is not the current version; fetch it again.", null),
    PAYLOAD_TOO_LARGE(413, "PayloadTooLarge", "The request body is larger than this operation accepts.",
            "payload-too-large", "Request body too large", "The request body may be at most 1 MB.", null),
    UNSUPPORTED_MEDIA_TYPE(415, "UnsupportedMediaType", "The request body is not in a media type this operation"
            + " reads: send it as `application/json`.", "unsupported-media-type", "Unsupported media type",
            "Content-Type 'text/plain' is not supported; send application/json.", null),
    UNPROCESSABLE_CONTENT(422, "UnprocessableContent", "The request is well-formed but breaks a rule of the domain,"
            + " such as an end date before the start date.", "invalid-period", "Invalid period",
            "The cohort cannot end before it starts.", null),
    PRECONDITION_REQUIRED(428, "PreconditionRequired", "This change is only accepted with If-Match: send the ETag you"
            + " last read (or `*` to overwrite whatever is there).", "if-match-required", "If-Match required",
            "Changing a stakeholder map needs an If-Match header with the ETag you last read"
                    + " (or * to overwrite whatever is there).", null),
    SERVICE_UNAVAILABLE(503, "ServiceUnavailable", "The service cannot reach what it depends on (its database) right"
            + " now. Nothing was changed; try again shortly.", "temporarily-unavailable", "Temporarily unavailable",
            "The service cannot reach its database right now; try again shortly.", null);

    static final String MEDIA_TYPE = "application/problem+json";
    static final String SCHEMA = "Problem";

    private final int status;
    private final String component;
    private final String description;
    private final Map<String, Object> example;

    ProblemResponse(int status, String component, String description, String code, String title, String detail,
                    List<Map<String, String>> errors) {
        this.status = status;
        this.component = component;
        this.description = description;
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:koers:problem:" + code);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", status == 404 ? "/api/cohorts/0b6e2f9c-6f5a-4d0e-9a51-6f0a3c2d1e4b" : "/api/cohorts");
        if (errors != null) {
            example.put("errors", errors);
        }
        this.example = Collections.unmodifiableMap(example);
    }

    private static Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    /** The problem answer with HTTP status {@code status}; one not in this list is a mistake in the annotation. */
    static ProblemResponse of(int status) {
        for (ProblemResponse response : values()) {
            if (response.status == status) {
                return response;
            }
        }
        throw new IllegalArgumentException("No documented problem answer has status " + status);
    }

    String status() {
        return String.valueOf(status);
    }

    String component() {
        return component;
    }

    String reference() {
        return "#/components/responses/" + component;
    }

    String description() {
        return description;
    }

    Map<String, Object> example() {
        return example;
    }
}
