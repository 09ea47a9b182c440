package nl.koers.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.koers.notification.preference.Language;
import nl.koers.notification.preference.PreferenceStore;
import nl.koers.notification.preference.Preferences;
import nl.koers.notification.recipient.Recipient;
import nl.koers.notification.recipient.Recipients;

/**
 * Sends what is due, one batch at a time: claims mails (each with one atomic update, so several threads and
 * instances never take the same one, and a crashed sender's lease runs out and the mail is taken again), reads
 * each recipient's address and language as they are now, sends the batch over one SMTP connection and records
 * each outcome. A mail that fails waits and is tried again with back-off; after the last attempt it is a dead
 * letter. A mail whose recipient has no address yet waits like a failed one: the profile event may come after the
 * enrolment event (different topics), and the address book makes it due at once when it comes.
 *
 * <p>The one gap no design closes: a sender that dies after the SMTP server took a mail and before it recorded that
 * (or whose lease ran out meanwhile) leaves the mail to be sent again by the next. So delivery is at least once at
 * the SMTP boundary, where there is no idempotency key; the repeat carries the same Message-ID
 * ({@code <mail id>@koers}), by which mail programs recognise it.
 */
public class Delivery {

    static final String NO_ADDRESS = "No e-mail address is known for the recipient yet";
    static final String EXPIRED = "The invitation expired before it could be sent";
    private static final int MAX_ERROR = 300;

    private final Mails mails;
    private final Recipients recipients;
    private final PreferenceStore preferences;
    private final MailTransport transport;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Duration lease;
    private final int batchSize;

    public Delivery(Mails mails, Recipients recipients, PreferenceStore preferences, MailTransport transport,
                    RetryPolicy retry, Clock clock, Duration lease, int batchSize) {
        this.mails = mails;
        this.recipients = recipients;
        this.preferences = preferences;
        this.transport = transport;
        this.retry = retry;
        this.clock = clock;
        this.lease = lease;
        this.batchSize = batchSize;
    }

    /** Sends one batch; answers how many mails it claimed (0: nothing was due). */
    public int sendDue() {
        Instant now = clock.instant();
        UUID claim = UUID.randomUUID();
        List<Mail> claimed = new ArrayList<>();
        // More candidates than a batch: another sender may take some of them first.
        for (UUID id : mails.claimable(now, batchSize * 2)) {
            if (claimed.size() == batchSize) {
                break;
            }
            mails.claim(id, claim, now, lease).ifPresent(claimed::add);
        }
        if (claimed.isEmpty()) {
            return 0;
        }
        Set<String> people = claimed.stream().map(Mail::recipientId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<String, Recipient> known = recipients.findAll(people);
        Map<String, Preferences> chosen = preferences.findAll(people);
        List<Outgoing> ready = new ArrayList<>();
        for (Mail mail : claimed) {
            if (mail.kind() == MailKind.INVITATION) {
                Invitee invitee = mail.about().invitee();
                if (invitee.expiresAt() != null && !invitee.expiresAt().isAfter(now)) {
                    mails.failed(mail.id(), claim, mail.attempts() + 1, now, EXPIRED);
                } else {
                    ready.add(new Outgoing(mail, invitee.address(), invitee.name(), Language.DEFAULT));
                }
                continue;
            }
            Recipient recipient = known.get(mail.recipientId());
            String address = recipient == null ? null : recipient.address();
            if (address == null) {
                failedAttempt(mail, claim, NO_ADDRESS, now);
                continue;
            }
            ready.add(new Outgoing(mail, address, recipient.displayName(),
                    Language.forRecipient(Optional.ofNullable(chosen.get(mail.recipientId())))));
        }
        if (!ready.isEmpty()) {
            record(ready, send(ready), claim);
        }
        return claimed.size();
    }

    private Map<UUID, MailTransport.Outcome> send(List<Outgoing> ready) {
        try {
            return transport.send(ready);
        } catch (RuntimeException e) {
            // Whatever went wrong, no mail of the batch is known to be sent: each is tried again.
            MailTransport.Failed failed = new MailTransport.Failed(reason(e));
            return ready.stream().collect(Collectors.toMap(o -> o.mail().id(), o -> failed));
        }
    }

    private void record(List<Outgoing> ready, Map<UUID, MailTransport.Outcome> outcomes, UUID claim) {
        Instant at = clock.instant();
        for (Outgoing outgoing : ready) {
            Mail mail = outgoing.mail();
            MailTransport.Outcome outcome = outcomes.getOrDefault(mail.id(),
                    new MailTransport.Failed("The SMTP server gave no answer for this mail"));
            switch (outcome) {
                case MailTransport.Sent sent -> mails.sent(mail.id(), claim, at, sent.subject(),
                        outgoing.language().code());
                case MailTransport.Failed failed -> failedAttempt(mail, claim, failed.reason(), at);
            }
        }
    }

    private void failedAttempt(Mail mail, UUID claim, String reason, Instant at) {
        int attempts = mail.attempts() + 1;
        String shortened = reason == null ? "Unknown failure"
                : reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
        if (retry.exhausted(attempts)) {
            mails.failed(mail.id(), claim, attempts, at, shortened);
        } else {
            mails.retryLater(mail.id(), claim, attempts, at.plus(retry.delayAfter(attempts)), shortened);
        }
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return (root == e ? "" : e.getClass().getSimpleName() + ": ") + message;
    }
}
