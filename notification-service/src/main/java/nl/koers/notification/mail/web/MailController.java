package nl.koers.notification.mail.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.notification.config.NotificationProperties;
import nl.koers.notification.mail.Mail;
import nl.koers.notification.mail.MailHistory;
import nl.koers.notification.mail.MailTexts;
import nl.koers.notification.preference.Language;
import nl.koers.notification.preference.PreferenceService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The mails Koers sent: your own, and for the admin the ones that could not be delivered. */
@RestController
@Tag(name = "Mails", description = "The mails Koers sends, made from events: each person sees their own; the admin"
        + " sees the mails that gave up after their last attempt (dead letters) and can send one again.")
class MailController {

    private final MailHistory history;
    private final MailTexts texts;
    private final PreferenceService preferences;
    private final NotificationProperties properties;

    MailController(MailHistory history, MailTexts texts, PreferenceService preferences,
                   NotificationProperties properties) {
        this.history = history;
        this.texts = texts;
        this.preferences = preferences;
        this.properties = properties;
    }

    @GetMapping("/api/notifications/mine")
    @Operation(summary = "List the mails sent to you", description = "Any signed-in user, for themselves: every mail"
            + " to you, sent, waiting or given up, newest first. A mail not sent yet shows the subject it would get"
            + " in your language now.")
    PageView<MailView> listMyMails(Paging paging, Caller caller) {
        Language language = preferences.get(caller.id()).language();
        return history.mine(caller.id(), paging).map(mail -> new MailView(mail.id(), mail.kind().name(),
                subject(mail, language), MailView.status(mail), mail.createdAt(), mail.sentAt(),
                properties.link(mail.linkPath())));
    }

    @GetMapping("/api/notifications/dead-letters")
    @PreAuthorize("hasRole('admin')")
    @Operation(summary = "List the mails that could not be delivered", description = "Admins only (403 for other"
            + " roles). Mails that failed their last attempt: the SMTP server refused them or was away too long, or"
            + " no address was known for the recipient. The latest failure first; never the mail's content.")
    PageView<DeadLetterView> listDeadLetters(Paging paging) {
        return history.deadLetters(paging).map(DeadLetterView::of);
    }

    @PostMapping("/api/notifications/dead-letters/{id}/resend")
    @PreAuthorize("hasRole('admin')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send an undelivered mail again", description = "Admins only (403 for other roles). Makes the"
            + " mail pending again from its first attempt, to the recipient's address as it is now; answers it, now"
            + " PENDING. 404 for no such mail; 409 when it is not a dead letter (waiting or sent already). Each resend"
            + " goes into the audit trail.")
    DeadLetterView resendDeadLetter(@Parameter(description = "The mail's id") @PathVariable UUID id, Caller caller) {
        return DeadLetterView.of(history.resend(caller, id));
    }

    private String subject(Mail mail, Language language) {
        return mail.subject() != null ? mail.subject() : texts.subject(mail, language);
    }
}
