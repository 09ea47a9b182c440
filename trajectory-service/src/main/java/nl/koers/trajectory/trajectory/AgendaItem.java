package nl.koers.trajectory.trajectory;

import java.util.UUID;
import nl.koers.defaults.problem.InvalidRequest;

/**
 * One part of a session's agenda: a work form, how many minutes it takes, an optional title saying what
 * happens, and optionally the instrument used (such as the ten-insights-by-four-roles fan). Used both in a
 * trajectory's session blueprint and in a cohort's actual sessions.
 */
public record AgendaItem(WorkForm workForm, String title, int minutes, UUID instrumentId) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_MINUTES = 480;

    public AgendaItem {
        if (workForm == null) {
            throw invalid("Each agenda item needs a work form.");
        }
        title = title == null ? "" : title.strip();
        if (title.length() > MAX_TITLE) {
            throw invalid("An agenda item's title is longer than " + MAX_TITLE + " characters.");
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw invalid("An agenda item takes 1 to " + MAX_MINUTES + " minutes, not " + minutes + ".");
        }
    }

    private static InvalidRequest invalid(String detail) {
        return new InvalidRequest("invalid-agenda", "Invalid agenda", detail);
    }
}
