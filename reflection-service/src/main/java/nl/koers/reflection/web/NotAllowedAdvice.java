package nl.koers.reflection.web;

import java.net.URI;
import nl.koers.reflection.membership.NotAllowed;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers {@link NotAllowed} as 403 problem+json. Ordered before the shared advice, whose catch-all would
 * otherwise turn it into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotAllowedAdvice {

    @ExceptionHandler(NotAllowed.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowed e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        body.setType(URI.create("urn:koers:problem:" + e.code()));
        body.setTitle(e.title());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
    }
}
