package nl.koers.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

/** A request body above the gateway's limit; its reason says the limit, and it answers 413. */
class BodyTooLargeException extends ResponseStatusException {

    BodyTooLargeException(DataSize limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than " + Problems.readable(limit)
                + ", the most Koers accepts.");
    }
}
