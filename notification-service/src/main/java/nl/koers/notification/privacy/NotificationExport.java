package nl.koers.notification.privacy;

import java.time.Instant;
import java.util.List;
import nl.koers.notification.mail.Mail;
import nl.koers.notification.preference.Preferences;
import nl.koers.notification.recipient.Recipient;

/**
 * Everything notification-service holds about one person, for their right of access.
 *
 * @param recipient   their address record; null when this service holds none
 * @param preferences what applies to them; {@code stored} says whether they are stored or the defaults
 * @param mails       every mail to them, oldest first
 */
public record NotificationExport(String participantId, Instant exportedAt, Recipient recipient,
                                 Preferences preferences, boolean stored, List<Mail> mails) {
}
