package nl.koers.trajectory.session;

import java.util.List;
import nl.koers.trajectory.trajectory.AgendaItem;

/**
 * A partial change of a session's plan (PATCH): a null field keeps the current value; an empty place or
 * online link removes it (one of the two must remain).
 */
public record SessionChanges(String title, String theme, java.time.Instant startsAt, java.time.Instant endsAt,
                             String place, String onlineLink, List<AgendaItem> agenda) {

    SessionPlan applyTo(SessionPlan current) {
        return new SessionPlan(
                title != null ? title : current.title(),
                theme != null ? theme : current.theme(),
                startsAt != null ? startsAt : current.startsAt(),
                endsAt != null ? endsAt : current.endsAt(),
                place != null ? place : current.place(),
                onlineLink != null ? onlineLink : current.onlineLink(),
                agenda != null ? agenda : current.agenda());
    }
}
