package nl.koers.enrolment.invitation.web;

import java.util.List;
import java.util.Map;
import nl.koers.defaults.edge.ProblemResponses;
import nl.koers.enrolment.invitation.InvitationCsv;
import nl.koers.enrolment.invitation.InvitationExpired;
import nl.koers.enrolment.invitation.InvitationFileRejected;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The invitation problems that no {@code Problem} type of service-defaults carries (a whole list refused, 400 or 413
 * with {@code errors}; an expired link, 410), and the multipart failures of an upload. Those happen while Spring
 * parses the body, before it knows the handler, so only a global advice sees them, and it must come before
 * service-defaults' advice: that one answers a file over 1 MiB with a bare "Maximum upload size exceeded" and a body
 * that is not multipart at all with a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvitationProblems {

    @ExceptionHandler(InvitationFileRejected.class)
    ResponseEntity<ProblemDetail> fileRejected(InvitationFileRejected rejected) {
        HttpStatus status = switch (rejected.reason()) {
            case UNREADABLE -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
        };
        ProblemDetail problem = ProblemResponses.problem(status, rejected.code(), rejected.title(),
                rejected.getMessage());
        List<Map<String, String>> errors = rejected.errors().stream()
                .map(e -> Map.of("field", e.field(), "message", e.message())).toList();
        problem.setProperty("errors", errors);
        return answer(status, problem);
    }

    @ExceptionHandler(InvitationExpired.class)
    ResponseEntity<ProblemDetail> expired(InvitationExpired expired) {
        return answer(HttpStatus.GONE, ProblemResponses.problem(HttpStatus.GONE, "invitation-expired",
                "Invitation expired", expired.getMessage()));
    }

    /** The file part passed {@code spring.servlet.multipart.max-file-size}: the same answer as a list over 1 MiB. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
        return fileRejected(InvitationCsv.tooLarge());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "unreadable-body",
                "Unreadable request body", "The request body is not valid multipart/form-data: send the list as a"
                        + " form with the fields cohortId and file, the way a browser uploads a file.");
        problem.setProperty("errors", List.of(Map.of("field", "file",
                "message", "is not in a multipart/form-data body")));
        return answer(HttpStatus.BAD_REQUEST, problem);
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
