package nl.koers.web.api;

/**
 * A service behind the gateway did not answer (502/503/504, a time-out, or the gateway itself away). The
 * part of a page that needed it says so; the rest of the page still renders.
 */
public class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
