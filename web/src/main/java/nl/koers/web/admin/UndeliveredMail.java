package nl.koers.web.admin;

import java.time.Instant;
import java.util.UUID;

/**
 * A mail Koers gave up on, as notification-service lists it for admins ({@code DeadLetterView}): what it was about,
 * where it would go now, how often it was tried and why the last try failed. Never its content.
 *
 * @param address   where it would go now; null when Koers knows no address for the person
 * @param lastError the service's own words for the last failure (English, technical): the page says it plainly
 *                  ({@link #reason()}) and keeps these for whoever looks after the mail server
 * @param status    FAILED in the list; PENDING once it is sent again
 */
record UndeliveredMail(UUID id, String kind, String recipientId, String address, int attempts, String lastError,
                       Instant createdAt, Instant failedAt, String status) {

    /**
     * Why it was not delivered, as a key of {@code admin.mail.reason.*}: no address known yet, an invitation that ran
     * out before it could go, or the mail server that refused it or could not be reached (everything else).
     */
    public String reason() {
        String error = lastError == null ? "" : lastError.toLowerCase(java.util.Locale.ROOT);
        if (error.contains("no e-mail address")) {
            return "noAddress";
        }
        if (error.contains("invitation expired")) {
            return "expired";
        }
        return "refused";
    }

    /** Whether the mail server's own words are worth showing: they are, when the server is what failed. */
    public boolean technical() {
        return "refused".equals(reason()) && lastError != null && !lastError.isBlank();
    }

    public boolean pending() {
        return "PENDING".equals(status);
    }
}
