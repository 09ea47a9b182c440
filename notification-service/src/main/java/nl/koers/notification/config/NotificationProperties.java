package nl.koers.notification.config;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notification-service sends ({@code koers.notifications.*}). The SMTP server itself is Boot's
 * {@code spring.mail.*}.
 *
 * @param from        the sender of every mail, and the ORGANIZER of its meeting invitations
 * @param webBaseUrl  the web app's public address, which every link in a mail starts with
 * @param timeZone    the zone a mail's text gives times in (the iCalendar part is in UTC)
 * @param reminderLead how long before a session its reminder goes out
 * @param reminderPoll how often the scheduler looks for reminders that are due
 * @param poll        how often the sender looks for due mails when nothing woke it (new mails wake it at once)
 * @param lease       how long a claimed mail is the claiming instance's; after that another may take it. Longer
 *                    than a batch can take ({@code batchSize} times the SMTP timeouts)
 * @param batchSize   how many mails go over one SMTP connection
 * @param senders     how many threads of this instance send
 * @param staleAfter  a fact older than this makes no mail (a new or long-stopped instance replaying its topics must
 *                    not mail about old enrolments); it still feeds the projections
 * @param retry       the back-off of a mail that could not be sent
 */
@ConfigurationProperties("koers.notifications")
public record NotificationProperties(
        @DefaultValue("Koers <no-reply@koers.test>") String from,
        @DefaultValue("http://127.0.0.1:8080") String webBaseUrl,
        @DefaultValue("Europe/Amsterdam") ZoneId timeZone,
        @DefaultValue("PT24H") Duration reminderLead,
        @DefaultValue("30s") Duration reminderPoll,
        @DefaultValue("1s") Duration poll,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("20") int batchSize,
        @DefaultValue("2") int senders,
        @DefaultValue("P3D") Duration staleAfter,
        @DefaultValue Retry retry) {

    /** The web app's address of {@code path}; null for none. */
    public String link(String path) {
        return path == null ? null : webBaseUrl.replaceAll("/+$", "") + path;
    }

    /**
     * @param initial     the wait after the first failed attempt; it doubles with every further one
     * @param max         the longest wait between two attempts
     * @param maxAttempts after this many failed attempts the mail is FAILED: a dead letter for the admin
     */
    public record Retry(@DefaultValue("2s") Duration initial, @DefaultValue("10m") Duration max,
                        @DefaultValue("10") int maxAttempts) {
    }
}
