package nl.koers.defaults.messaging;

/** A record no retry can fix (no CloudEvents type, unreadable payload): it goes straight to the DLT. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
