package nl.koers.notification.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.events.NotificationActionAudited;
import nl.koers.notification.audit.AuditTrail;
import nl.koers.notification.recipient.Recipient;
import nl.koers.notification.recipient.Recipients;

/**
 * The mails as people see them: each person their own, the admin the dead letters with where they were meant to
 * go, and the admin's resend of one, which goes into the audit trail in the same write.
 */
public class MailHistory {

    /** A mail that gave up, with the address it would go to now (null when none is known). */
    public record DeadLetter(Mail mail, String address) {
    }

    private final Mails mails;
    private final Recipients recipients;
    private final MailQueue queue;
    private final Clock clock;

    public MailHistory(Mails mails, Recipients recipients, MailQueue queue, Clock clock) {
        this.mails = mails;
        this.recipients = recipients;
        this.queue = queue;
        this.clock = clock;
    }

    public PageView<Mail> mine(String callerId, Paging paging) {
        return mails.of(callerId, paging);
    }

    public PageView<DeadLetter> deadLetters(Paging paging) {
        PageView<Mail> page = mails.failed(paging);
        Set<String> people = page.items().stream().map(Mail::recipientId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<String, Recipient> known = recipients.findAll(people);
        return page.map(mail -> new DeadLetter(mail, addressOf(mail, known)));
    }

    /** Sends a dead letter again, from its first attempt; 404 for no such mail, 409 when it is not dead. */
    public DeadLetter resend(Caller admin, UUID mailId) {
        Instant now = clock.instant();
        Mail found = mails.find(mailId).orElseThrow(() -> notFound(mailId));
        List<NotificationActionAudited> audit = List.of(AuditTrail.by(admin, now, "mail.resent", "mail", mailId, found.about().cohortId(),
                Map.of("kind", found.kind().name(), "attempts", String.valueOf(found.attempts()))));
        Mail resent = mails.resend(mailId, now, audit).orElseThrow(() ->
                mails.find(mailId).isEmpty() ? notFound(mailId) : new Conflict("mail-not-dead", "Not a dead letter",
                        "Mail " + mailId + " is " + mails.find(mailId).map(m -> m.status().name()).orElse("gone")
                                + ", not FAILED: only a mail that gave up can be sent again."));
        queue.wake();
        return new DeadLetter(resent, addressOf(resent, recipients.findAll(resent.recipientId() == null ? Set.of()
                : Set.of(resent.recipientId()))));
    }

    private static String addressOf(Mail mail, Map<String, Recipient> known) {
        if (mail.kind() == MailKind.INVITATION) {
            return mail.about().invitee() == null ? null : mail.about().invitee().address();
        }
        Recipient recipient = known.get(mail.recipientId());
        return recipient == null ? null : recipient.address();
    }

    private static NotFound notFound(UUID mailId) {
        return new NotFound("mail-not-found", "No such mail", "There is no mail " + mailId + ".");
    }
}
