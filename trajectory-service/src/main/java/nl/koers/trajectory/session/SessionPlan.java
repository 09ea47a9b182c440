package nl.koers.trajectory.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.trajectory.PlanningYears;
import nl.koers.trajectory.trajectory.AgendaItem;
import nl.koers.trajectory.trajectory.SessionBlueprint;

/**
 * What an organiser decides about a session: title, theme, when, where (a place, an online link or both) and
 * its agenda, which must fit in the session. Valid by construction, with each refusal saying what to change.
 */
public record SessionPlan(String title, String theme, Instant startsAt, Instant endsAt, String place,
                          String onlineLink, List<AgendaItem> agenda) {

    static final int MAX_PLACE = 300;
    static final int MAX_LINK = 500;
    static final Duration MAX_LENGTH = Duration.ofHours(12);

    public SessionPlan {
        title = SessionBlueprint.text("title", title, SessionBlueprint.MAX_TITLE, true);
        theme = SessionBlueprint.text("theme", theme, SessionBlueprint.MAX_THEME, false);
        agenda = SessionBlueprint.agenda(agenda);
        if (startsAt == null || endsAt == null) {
            throw invalid("A session needs a start (startsAt) and an end (endsAt).");
        }
        if (!PlanningYears.contains(startsAt)) {
            throw invalid(PlanningYears.outside("startsAt", startsAt));
        }
        if (!PlanningYears.contains(endsAt)) {
            throw invalid(PlanningYears.outside("endsAt", endsAt));
        }
        // Stored with millisecond precision; truncating here keeps answers, events and reads identical.
        startsAt = startsAt.truncatedTo(ChronoUnit.MILLIS);
        endsAt = endsAt.truncatedTo(ChronoUnit.MILLIS);
        if (!endsAt.isAfter(startsAt)) {
            throw invalid("The session ends at " + endsAt + ", not after it starts at " + startsAt
                    + ": endsAt must be later than startsAt.");
        }
        if (Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
            throw invalid("A session lasts at most 12 hours; plan a longer one as several sessions.");
        }
        long minutes = Duration.between(startsAt, endsAt).toMinutes();
        int agendaMinutes = agenda.stream().mapToInt(AgendaItem::minutes).sum();
        if (agendaMinutes > minutes) {
            throw invalid("The agenda takes " + agendaMinutes + " minutes but the session lasts " + minutes
                    + "; shorten the agenda or lengthen the session.");
        }
        place = SessionBlueprint.text("place", place, MAX_PLACE, false);
        onlineLink = SessionBlueprint.text("online link", onlineLink, MAX_LINK, false);
        if (place.isEmpty() && onlineLink.isEmpty()) {
            throw invalid("A session needs a place, an online link, or both.");
        }
        if (!onlineLink.isEmpty() && !isWebAddress(onlineLink)) {
            throw invalid("The online link must be an http or https address.");
        }
    }

    /** Whether a change to {@code other} moves the session in time or place, which attendees must hear of. */
    /** The names of the fields that differ from {@code before}, for an audit entry that holds no values. */
    List<String> changedSince(SessionPlan before) {
        List<String> changed = new java.util.ArrayList<>();
        if (!title.equals(before.title)) {
            changed.add("title");
        }
        if (!java.util.Objects.equals(theme, before.theme)) {
            changed.add("theme");
        }
        if (!startsAt.equals(before.startsAt)) {
            changed.add("startsAt");
        }
        if (!endsAt.equals(before.endsAt)) {
            changed.add("endsAt");
        }
        if (!java.util.Objects.equals(place, before.place)) {
            changed.add("place");
        }
        if (!java.util.Objects.equals(onlineLink, before.onlineLink)) {
            changed.add("onlineLink");
        }
        if (!agenda.equals(before.agenda)) {
            changed.add("agenda");
        }
        return changed;
    }

    boolean movedFrom(SessionPlan other) {
        return !startsAt.equals(other.startsAt) || !endsAt.equals(other.endsAt) || !place.equals(other.place)
                || !onlineLink.equals(other.onlineLink);
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-session", "Invalid session", detail);
    }
}
