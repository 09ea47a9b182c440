package nl.koers.trajectory.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.koers.trajectory.session.Session;
import nl.koers.trajectory.session.SessionPlan;
import nl.koers.trajectory.session.SessionStatus;
import nl.koers.trajectory.trajectory.AgendaItem;

/**
 * Writes a feed as an RFC 5545 iCalendar document: one VEVENT per session, its UID stable across polls and its
 * SEQUENCE the session's version, so that calendar programs update a moved session in place and show a
 * cancelled one as cancelled. Times are UTC; text is escaped and lines folded at 75 octets as the RFC asks.
 */
public final class ICalendarWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    private ICalendarWriter() {
    }

    public static String write(List<CalendarEntry> entries, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Koers//Trajectory sessions//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape("Koers sessions"));
        for (CalendarEntry entry : entries) {
            event(out, entry, now);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, CalendarEntry entry, Instant now) {
        Session session = entry.session();
        SessionPlan plan = session.plan();
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + session.id() + "@koers");
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART:" + UTC.format(plan.startsAt()));
        line(out, "DTEND:" + UTC.format(plan.endsAt()));
        line(out, "SEQUENCE:" + session.version());
        line(out, "STATUS:" + (session.status() == SessionStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        String cohort = entry.cohortName().isEmpty() ? "" : entry.cohortName() + ", ";
        line(out, "SUMMARY:" + escape(plan.title() + " (" + cohort + "session " + session.sequence() + ")"));
        String location = plan.place().isEmpty() ? plan.onlineLink() : plan.place();
        line(out, "LOCATION:" + escape(location));
        if (!plan.onlineLink().isEmpty()) {
            line(out, "URL:" + plan.onlineLink());
        }
        String description = description(plan);
        if (!description.isEmpty()) {
            line(out, "DESCRIPTION:" + escape(description));
        }
        line(out, "END:VEVENT");
    }

    private static String description(SessionPlan plan) {
        StringBuilder text = new StringBuilder(plan.theme());
        if (!plan.agenda().isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n\n").append("Agenda:");
            for (AgendaItem item : plan.agenda()) {
                text.append("\n- ").append(item.workForm().name()).append(" (").append(item.minutes()).append(" min)");
                if (!item.title().isEmpty()) {
                    text.append(": ").append(item.title());
                }
            }
        }
        if (!plan.onlineLink().isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n\n").append("Online: ").append(plan.onlineLink());
        }
        return text.toString();
    }

    /** TEXT value escaping of RFC 5545 section 3.3.11. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Writes one content line, folded so that no line exceeds 75 octets and no UTF-8 character is split. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int lineLimit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > lineLimit) {
                out.append(CRLF).append(' ');
                octets = 0;
                lineLimit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
