package nl.koers.trajectory.trajectory;

import java.util.List;
import nl.koers.defaults.problem.InvalidRequest;

/**
 * One session as a trajectory designs it, before any cohort runs it: its title, theme and agenda. A
 * trajectory's blueprint is an ordered list of these; the n-th becomes session n of a cohort planned from it.
 */
public record SessionBlueprint(String title, String theme, List<AgendaItem> agenda) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_THEME = 2000;
    public static final int MAX_AGENDA_ITEMS = 30;

    public SessionBlueprint {
        title = text("title", title, MAX_TITLE, true);
        theme = text("theme", theme, MAX_THEME, false);
        agenda = agenda(agenda);
    }

    /** A session's title: required, stripped, at most {@code max} characters. */
    public static String text(String field, String value, int max, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (required && stripped.isEmpty()) {
            throw invalid("The session " + field + " must not be blank.");
        }
        if (stripped.length() > max) {
            throw invalid("The session " + field + " is longer than " + max + " characters.");
        }
        return stripped;
    }

    /** An agenda: at most {@link #MAX_AGENDA_ITEMS} items, none missing. */
    public static List<AgendaItem> agenda(List<AgendaItem> agenda) {
        if (agenda == null) {
            return List.of();
        }
        if (agenda.size() > MAX_AGENDA_ITEMS) {
            throw invalid("A session has at most " + MAX_AGENDA_ITEMS + " agenda items.");
        }
        if (agenda.stream().anyMatch(java.util.Objects::isNull)) {
            throw invalid("An agenda item is missing.");
        }
        return List.copyOf(agenda);
    }

    private static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-session", "Invalid session", detail);
    }
}
