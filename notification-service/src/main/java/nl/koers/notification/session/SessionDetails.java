package nl.koers.notification.session;

import java.time.Instant;
import java.util.UUID;

/**
 * A session as its mails describe it, at one version: when, where, what it is called. The organiser's logistics,
 * no participant's text. A mail keeps the version it was made for, so a later change does not rewrite it.
 *
 * @param title      null when the organiser gave none (the mail then says "session n")
 * @param place      null when none
 * @param onlineLink null when none
 */
public record SessionDetails(UUID sessionId, UUID cohortId, int sequence, Instant startsAt, Instant endsAt,
                             String title, String place, String onlineLink, boolean cancelled, long sessionVersion) {
}
