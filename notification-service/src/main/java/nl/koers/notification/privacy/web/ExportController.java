package nl.koers.notification.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.defaults.web.Caller;
import nl.koers.notification.config.NotificationProperties;
import nl.koers.notification.mail.MailTexts;
import nl.koers.notification.preference.Language;
import nl.koers.notification.privacy.ExportService;
import nl.koers.notification.privacy.NotificationExport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A participant's right of access: the notification part of their Koers export, which the gateway composes. */
@RestController
@Tag(name = "Privacy", description = "Your right of access: everything notification-service holds about you, as the"
        + " notification part of the Koers export. The gateway puts it together with the other services' parts at"
        + " /api/privacy/export.")
class ExportController {

    private final ExportService exports;
    private final MailTexts texts;
    private final NotificationProperties properties;

    ExportController(ExportService exports, MailTexts texts, NotificationProperties properties) {
        this.exports = exports;
        this.texts = texts;
        this.properties = properties;
    }

    @GetMapping("/api/privacy/notification/export")
    @PreAuthorize("hasRole('participant')")
    @Operation(summary = "Export your notification data", description = "Participants only, for themselves (403 for"
            + " any other role). The addresses Koers mails you at (from your profile and your sign-in), your e-mail"
            + " preferences, and every mail sent or waiting to be sent to you: its kind, subject, status, times and"
            + " link. Someone with nothing here gets no addresses, the default preferences and no mails. Each export"
            + " goes into the audit trail.")
    ExportView exportNotificationData(Caller caller) {
        NotificationExport export = exports.export(caller.id());
        Language language = export.preferences().language();
        return ExportView.of(export, mail -> mail.subject() != null ? mail.subject() : texts.subject(mail, language),
                properties::link);
    }
}
