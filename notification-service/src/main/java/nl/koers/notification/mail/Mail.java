package nl.koers.notification.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * One mail to one recipient: the queue entry and, once sent, its history. {@code dedupeKey} names its cause and
 * recipient (the event and the person; a reminder's session, plan and person), and is unique: a redelivered event
 * makes no second mail. The address and language are not part of it: they are read when it is sent.
 *
 * @param recipientId the Koers user it goes to; null for an invitation, which goes to {@link Invitee#address()}
 * @param attempts    failed attempts so far
 * @param lastError   why the last attempt failed, for the admin; null when none failed
 * @param subject     the subject as sent; null until sent
 * @param language    the language it was sent in; null until sent
 */
public record Mail(UUID id, String dedupeKey, MailKind kind, String recipientId, About about, MailStatus status,
                   int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt,
                   Instant failedAt, String subject, String language) {

    /** A new mail, due now. */
    public static Mail pending(String dedupeKey, MailKind kind, String recipientId, About about, Instant now) {
        return new Mail(UUID.randomUUID(), dedupeKey, kind, recipientId, about, MailStatus.PENDING, 0, now, null, now,
                null, null, null, null);
    }

    /** The web app page the mail is about, as a path; null for an invitation whose link was dropped once sent. */
    public String linkPath() {
        return switch (kind) {
            case ENROLMENT_CONFIRMED, ENROLMENT_WAITLISTED, ENROLMENT_PROMOTED, ENROLMENT_WITHDRAWN, SESSION_SCHEDULED,
                 SESSION_RESCHEDULED, SESSION_CANCELLED, SESSION_REMINDER -> "/cohorts/" + about.cohortId();
            case FEEDBACK_RECEIVED -> "/interventions/" + about.interventionId();
            case COHORT_COMPLETED -> "/cohorts/" + about.cohortId() + "/evaluation";
            case INVITATION -> about.invitee() == null || about.invitee().token() == null ? null
                    : "/invitations/" + about.invitee().token();
        };
    }
}
