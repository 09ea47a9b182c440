package nl.koers.trajectory.calendar;

import java.time.Instant;
import java.util.List;
import nl.koers.trajectory.session.Session;
import nl.koers.trajectory.session.SessionPlan;
import nl.koers.trajectory.session.SessionStatus;
import nl.koers.trajectory.trajectory.AgendaItem;

import static nl.koers.defaults.calendar.ICalendarText.escape;
import static nl.koers.defaults.calendar.ICalendarText.line;
import static nl.koers.defaults.calendar.ICalendarText.utc;

/**
 * Writes a feed as an RFC 5545 iCalendar document: one VEVENT per session, its UID stable across polls and its
 * SEQUENCE the session's version, so that calendar programs update a moved session in place and show a
 * cancelled one as cancelled. Times, escaping and line folding follow
 * {@link nl.koers.defaults.calendar.ICalendarText}.
 */
public final class ICalendarWriter {

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
        line(out, "DTSTAMP:" + utc(now));
        line(out, "DTSTART:" + utc(plan.startsAt()));
        line(out, "DTEND:" + utc(plan.endsAt()));
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
}
