package nl.koers.notification.mail;

import java.util.UUID;
import nl.koers.notification.session.SessionDetails;

/**
 * What a mail is about: ids and the session's logistics, never a participant's text.
 *
 * @param cohortId         the cohort; null for none
 * @param interventionId   FEEDBACK_RECEIVED: the intervention that got feedback
 * @param waitlistPosition ENROLMENT_WAITLISTED: the place on the waitlist (1 is next)
 * @param session          the session's mails and reminders: the session as it was at the version the mail is for
 * @param invitee          INVITATION: whom it goes to
 */
public record About(UUID cohortId, UUID interventionId, Integer waitlistPosition, SessionDetails session,
                    Invitee invitee) {

    public static About cohort(UUID cohortId) {
        return new About(cohortId, null, null, null, null);
    }
}
