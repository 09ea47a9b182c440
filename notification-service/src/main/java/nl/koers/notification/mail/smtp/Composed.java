package nl.koers.notification.mail.smtp;

/**
 * A mail written out in one language: its subject, plain text and HTML, and for a session's mail the meeting.
 *
 * @param meetingMethod {@code REQUEST} or {@code CANCEL}; null without a meeting
 * @param calendar      the iCalendar object; null without a meeting
 */
record Composed(String subject, String text, String html, String meetingMethod, String calendar) {
}
