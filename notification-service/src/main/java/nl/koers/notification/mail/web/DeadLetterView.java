package nl.koers.notification.mail.web;

import java.time.Instant;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.notification.mail.MailHistory;
import org.jspecify.annotations.Nullable;

/** A mail that could not be delivered, as the admin sees it; never its content. */
record DeadLetterView(
        UUID id,
        @Schema(example = "SESSION_RESCHEDULED") String kind,
        @Schema(description = "Whom it is for; null for an invitation (its invitee is no Koers user yet)",
                example = "facilitator2")
        @Nullable String recipientId,
        @Schema(description = "Where it would go now; null when no address is known", example = "begeleider@roc-example.nl")
        @Nullable String address,
        @Schema(description = "How many attempts failed", example = "10") int attempts,
        @Schema(description = "Why the last attempt failed", example = "No e-mail address is known for the recipient yet")
        @Nullable String lastError,
        Instant createdAt,
        @Schema(description = "When it was given up; null once it is sent again") @Nullable Instant failedAt,
        @Schema(description = "FAILED in the list; PENDING right after a resend", example = "FAILED") String status) {

    static DeadLetterView of(MailHistory.DeadLetter dead) {
        var mail = dead.mail();
        return new DeadLetterView(mail.id(), mail.kind().name(), mail.recipientId(), dead.address(), mail.attempts(),
                mail.lastError(), mail.createdAt(), mail.failedAt(), MailView.status(mail));
    }
}
