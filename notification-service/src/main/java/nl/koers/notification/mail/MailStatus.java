package nl.koers.notification.mail;

/**
 * Where a mail stands. PENDING waits for its next attempt; SENDING is claimed by one sender for a lease; SENT is
 * accepted by the SMTP server; FAILED gave up after the last attempt: a dead letter an admin can send again.
 */
public enum MailStatus {
    PENDING, SENDING, SENT, FAILED
}
