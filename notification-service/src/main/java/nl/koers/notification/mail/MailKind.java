package nl.koers.notification.mail;

import nl.koers.notification.preference.Topic;

/**
 * Every mail Koers sends, with the topic a person switches it by ({@code null}: an invitation, which goes to
 * someone without preferences) and, for a session's mails, the iCalendar method of the meeting it carries.
 */
public enum MailKind {
    ENROLMENT_CONFIRMED(Topic.SEAT, null),
    ENROLMENT_WAITLISTED(Topic.SEAT, null),
    ENROLMENT_PROMOTED(Topic.SEAT, null),
    ENROLMENT_WITHDRAWN(Topic.SEAT, null),
    SESSION_SCHEDULED(Topic.SESSION_CHANGES, "REQUEST"),
    SESSION_RESCHEDULED(Topic.SESSION_CHANGES, "REQUEST"),
    SESSION_CANCELLED(Topic.SESSION_CHANGES, "CANCEL"),
    SESSION_REMINDER(Topic.SESSION_REMINDERS, null),
    FEEDBACK_RECEIVED(Topic.FEEDBACK, null),
    COHORT_COMPLETED(Topic.COHORT_COMPLETED, null),
    INVITATION(null, null);

    private final Topic topic;
    private final String meetingMethod;

    MailKind(Topic topic, String meetingMethod) {
        this.topic = topic;
        this.meetingMethod = meetingMethod;
    }

    /** The preference topic; null for a mail nobody can switch off because its recipient has no preferences. */
    public Topic topic() {
        return topic;
    }

    /** {@code REQUEST} or {@code CANCEL} for a mail that carries a meeting (RFC 5546); null otherwise. */
    public String meetingMethod() {
        return meetingMethod;
    }
}
