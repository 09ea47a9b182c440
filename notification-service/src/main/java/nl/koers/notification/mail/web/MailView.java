package nl.koers.notification.mail.web;

import java.time.Instant;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.notification.mail.Mail;
import nl.koers.notification.mail.MailStatus;
import org.jspecify.annotations.Nullable;

/** One mail to you, as your list shows it. */
record MailView(
        UUID id,
        @Schema(description = "Which mail: ENROLMENT_CONFIRMED, ENROLMENT_WAITLISTED, ENROLMENT_PROMOTED,"
                + " ENROLMENT_WITHDRAWN, SESSION_SCHEDULED, SESSION_RESCHEDULED, SESSION_CANCELLED, SESSION_REMINDER,"
                + " FEEDBACK_RECEIVED or COHORT_COMPLETED", example = "ENROLMENT_CONFIRMED")
        String kind,
        @Schema(description = "Its subject: as sent, or as it would be sent now", example = "Je hebt een plek in de"
                + " deelnemersgroep")
        String subject,
        @Schema(description = "PENDING (waiting or being sent), SENT or FAILED (given up)", example = "SENT")
        String status,
        Instant createdAt,
        @Schema(description = "When the SMTP server took it; null while not sent") @Nullable Instant sentAt,
        @Schema(description = "The page in Koers it is about", example = "https://koers.example/cohorts/4b1f2c8e")
        @Nullable String link) {

    static String status(Mail mail) {
        return mail.status() == MailStatus.SENDING ? MailStatus.PENDING.name() : mail.status().name();
    }
}
