package nl.koers.web.organise;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The four steps in a cohort's life an organiser takes, with the statuses trajectory-service allows each from
 * (Cohort.open, close, complete, cancel). Only to offer the right buttons: the API still decides, and a cohort
 * that changed in the meantime is refused there.
 */
enum Lifecycle {
    OPEN("open", Set.of("PLANNED", "CLOSED")),
    CLOSE("close", Set.of("OPEN")),
    COMPLETE("complete", Set.of("OPEN", "CLOSED")),
    CANCEL("cancel", Set.of("PLANNED", "OPEN", "CLOSED"));

    private final String action;
    private final Set<String> from;

    Lifecycle(String action, Set<String> from) {
        this.action = action;
        this.from = from;
    }

    /** The step's name in URLs, API paths and text keys: {@code open}, {@code close}, {@code complete}, {@code cancel}. */
    String action() {
        return action;
    }

    Set<String> from() {
        return from;
    }

    static Optional<Lifecycle> of(String action) {
        return Arrays.stream(values()).filter(l -> l.action.equals(action)).findFirst();
    }
}
