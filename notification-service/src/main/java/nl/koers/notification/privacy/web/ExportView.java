package nl.koers.notification.privacy.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.notification.mail.Mail;
import nl.koers.notification.mail.MailStatus;
import nl.koers.notification.privacy.NotificationExport;
import nl.koers.notification.recipient.Recipient;
import org.jspecify.annotations.Nullable;

/**
 * The notification part of a person's export, as the gateway puts it into the one file: where Koers mails them,
 * their preferences and every mail sent (or waiting to be sent) to them. Every field is explained in
 * {@code docs/privacy/export-notification.md}.
 */
@Schema(description = "What notification-service holds about you: your addresses, your e-mail preferences and the"
        + " mails Koers sent you")
record ExportView(
        @Schema(description = "Which part of the Koers export this is: always notification", example = "notification")
        String part,
        @Schema(description = "Your user id: the subject of your access token", example = "participant71")
        String participantId,
        @Schema(description = "When this part was put together", example = "2026-12-02T10:15:00Z")
        Instant exportedAt,
        @Schema(description = "The addresses held for you, the one mail goes to first; empty when none")
        List<ExportedAddress> addresses,
        @Schema(description = "Your e-mail preferences as they apply now")
        ExportedPreferences preferences,
        @Schema(description = "Every mail to you, oldest first")
        List<ExportedMail> mails) {

    static final String PART = "notification";

    /** An address Koers may mail you at, and where it comes from. */
    record ExportedAddress(
            @Schema(description = "PROFILE (your participant profile) or SIGN_IN (the address your sign-in carries)",
                    example = "PROFILE")
            String source,
            @Schema(description = "The address; null when that source gave none", example = "anna@roc-example.nl")
            @Nullable String email,
            @Schema(description = "The name mails greet you with; null when none", example = "Anna de Vries")
            @Nullable String name,
            @Schema(description = "True for the address mails go to now", example = "true")
            boolean used) {
    }

    /** Your preferences. */
    record ExportedPreferences(
            @Schema(description = "nl or en", example = "nl") String language,
            @Schema(description = "Every topic, on or off") Map<String, Boolean> topics,
            @Schema(description = "False while you never changed them: these are the defaults", example = "false")
            boolean stored) {
    }

    /** One mail to you; what it said is written again from its kind, so only its subject is kept. */
    record ExportedMail(
            UUID id,
            @Schema(example = "ENROLMENT_CONFIRMED") String kind,
            @Schema(example = "Je hebt een plek in de deelnemersgroep") String subject,
            @Schema(description = "PENDING, SENT or FAILED", example = "SENT") String status,
            @Schema(description = "The language it was sent in; null while not sent", example = "nl")
            @Nullable String language,
            Instant createdAt,
            @Schema(description = "When the SMTP server took it; null while not sent") @Nullable Instant sentAt,
            @Schema(description = "When it was given up; null unless FAILED") @Nullable Instant failedAt,
            @Schema(description = "The page in Koers it is about", example = "https://koers.example/cohorts/4b1f2c8e")
            @Nullable String link) {
    }

    static ExportView of(NotificationExport export, Function<Mail, String> subject, Function<String, String> link) {
        List<ExportedAddress> addresses = new ArrayList<>();
        Recipient r = export.recipient();
        if (r != null) {
            String used = r.addressSource();
            if (r.profileEmail() != null || r.profileName() != null) {
                addresses.add(new ExportedAddress("PROFILE", r.profileEmail(), r.profileName(), "PROFILE".equals(used)));
            }
            if (r.signInEmail() != null) {
                addresses.add(new ExportedAddress("SIGN_IN", r.signInEmail(), r.signInName(), "SIGN_IN".equals(used)));
            }
        }
        Map<String, Boolean> topics = new LinkedHashMap<>();
        export.preferences().topics().forEach((topic, on) -> topics.put(topic.name(), on));
        return new ExportView(PART, export.participantId(), export.exportedAt(), addresses,
                new ExportedPreferences(export.preferences().language().code(), topics, export.stored()),
                export.mails().stream().map(m -> new ExportedMail(m.id(), m.kind().name(), subject.apply(m),
                        m.status() == MailStatus.SENDING ? MailStatus.PENDING.name() : m.status().name(), m.language(),
                        m.createdAt(), m.sentAt(), m.failedAt(), link.apply(m.linkPath()))).toList());
    }
}
