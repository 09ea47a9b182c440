package nl.koers.notification.mail;

import static nl.koers.defaults.calendar.ICalendarText.escape;
import static nl.koers.defaults.calendar.ICalendarText.line;
import static nl.koers.defaults.calendar.ICalendarText.utc;

import java.time.Instant;
import nl.koers.notification.session.SessionDetails;

/**
 * A session as an RFC 5546 meeting for one attendee: {@code METHOD:REQUEST} adds or moves it in their calendar,
 * {@code METHOD:CANCEL} removes it. The UID is the session's ({@code <sessionId>@koers}, as in trajectory-service's
 * calendar feed, so a subscribed feed and an accepted invitation are one meeting) and the SEQUENCE its version,
 * which grows with every change: calendar programs apply a change only when its sequence is higher. Nobody is
 * asked to reply (RSVP=FALSE): attendance is recorded in Koers, and the organizer is a no-reply address. Times,
 * escaping and folding follow {@link nl.koers.defaults.calendar.ICalendarText}.
 */
public final class MeetingInvitation {

    public static final String REQUEST = "REQUEST";
    public static final String CANCEL = "CANCEL";

    /** Someone named in the meeting; {@code name} may be null. */
    public record Party(String address, String name) {
    }

    private MeetingInvitation() {
    }

    /**
     * @param summary     what the calendar calls the meeting: the session's title, or "Bijeenkomst n"
     * @param description a line for the meeting's notes (the link to the cohort's page); null for none
     * @param now         the DTSTAMP: when this invitation was written
     */
    public static String write(String method, SessionDetails session, String summary, String description,
                               Party organizer, Party attendee, Instant now) {
        if (!REQUEST.equals(method) && !CANCEL.equals(method)) {
            throw new IllegalArgumentException("Not a meeting method: " + method);
        }
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:-//Koers//Meeting invitations//EN");
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method);
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + session.sessionId() + "@koers");
        line(out, "SEQUENCE:" + session.sessionVersion());
        line(out, "DTSTAMP:" + utc(now));
        line(out, "DTSTART:" + utc(session.startsAt()));
        line(out, "DTEND:" + utc(session.endsAt() != null ? session.endsAt() : session.startsAt()));
        line(out, "SUMMARY:" + escape(summary));
        String location = present(session.place()) ? session.place() : session.onlineLink();
        if (present(location)) {
            line(out, "LOCATION:" + escape(location));
        }
        if (present(session.onlineLink())) {
            line(out, "URL:" + session.onlineLink().strip());
        }
        if (present(description)) {
            line(out, "DESCRIPTION:" + escape(description));
        }
        line(out, "ORGANIZER" + commonName(organizer) + ":mailto:" + organizer.address());
        line(out, "ATTENDEE" + commonName(attendee) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE"
                + ":mailto:" + attendee.address());
        line(out, "STATUS:" + (CANCEL.equals(method) ? "CANCELLED" : "CONFIRMED"));
        line(out, "TRANSP:OPAQUE");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * A CN parameter, quoted (a name may hold {@code , ; :}); a parameter value cannot hold a double quote or a
     * control character at all (RFC 5545 section 3.1), so those are left out of the name.
     */
    private static String commonName(Party party) {
        if (!present(party.name())) {
            return "";
        }
        String name = party.name().replaceAll("[\"\\p{Cntrl}]", "").strip();
        return name.isEmpty() ? "" : ";CN=\"" + name + "\"";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
